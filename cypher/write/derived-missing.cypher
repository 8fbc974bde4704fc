// Whether the graph has citations but no derived LEADS_CITING yet (loaded before the
// relationship existed). Reads the count store only.
RETURN COUNT { ()-[:CITES]->() } > 0 AND COUNT { ()-[:LEADS_CITING]->() } = 0 AS missing
