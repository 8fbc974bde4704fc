// A small view over htmlparser2's DOM for the XML parts of Office documents:
// elements by local name (w:p → p), attributes by local name. htmlparser2 never
// reads a DTD or resolves an external entity, so no reference leaves the file.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

export type XmlElement = Element;

export function parseXml(xml: string): Element[] {
  return elements(parseDocument(xml, { xmlMode: true, decodeEntities: true }).children);
}

export const local = (name: string) => name.slice(name.indexOf(':') + 1);

export function elements(nodes: readonly ChildNode[]): Element[] {
  return nodes.filter((n): n is Element => n.type === 'tag');
}

export function children(el: Element, name?: string): Element[] {
  const all = elements(el.children);
  return name ? all.filter((e) => local(e.name) === name) : all;
}

export function child(el: Element | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (const n of el.children) if (n.type === 'tag' && local((n as Element).name) === name) return n as Element;
  return undefined;
}

/** An attribute by local name (w:val → val). */
export function attr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  for (const [k, v] of Object.entries(el.attribs)) if (local(k) === name) return v;
  return undefined;
}

/** The first descendant element with this local name, depth first. */
export function find(el: Element, name: string): Element | undefined {
  for (const c of children(el)) {
    if (local(c.name) === name) return c;
    const deeper = find(c, name);
    if (deeper) return deeper;
  }
  return undefined;
}

export function utf8(bytes: Uint8Array | undefined): string {
  return bytes ? new TextDecoder('utf-8').decode(bytes) : '';
}
