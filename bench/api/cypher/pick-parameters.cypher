// The benchmark's parameters, picked from the seeds so that every size asks the same
// question: 厦门's 社会救助科 (Q1; the 厦门 2022 plan names no leads, so its led tasks
// come from the generated plans and grow with size), the first task of the 汕尾 2024
// plan with both lead and supporting departments (Q3), and the population 孤儿 (Q4).
MATCH (org:Organization {name: '厦门市民政局'})<-[:PART_OF]-(dep:Department {name: '社会救助科'})
MATCH (doc:Document {source: 'shanwei-2024-work-plan.txt'})
CALL (doc) {
  MATCH (t:Task {documentId: doc.id})
  WHERE EXISTS { (:Department)-[:LEADS]->(t) } AND EXISTS { (:Department)-[:SUPPORTS]->(t) }
  RETURN t ORDER BY t.order LIMIT 1
}
MATCH (pop:Population {name: '孤儿'})
RETURN dep.id AS departmentId, t.id AS taskId, pop.id AS populationId
