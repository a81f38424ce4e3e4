/** manifest.xml as a plain element tree (fast-xml-parser, order preserved), with lookups the test needs. */
import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string>; '#text'?: string };

function toElement(node: Ordered): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text');
  if (name === undefined) return undefined;
  const raw = (node[name] as Ordered[]) ?? [];
  const attrs = Object.fromEntries(Object.entries(node[':@'] ?? {}).map(([k, v]) => [k.replace(/^@_/, ''), String(v)]));
  const children = raw.map(toElement).filter((e): e is XmlElement => e !== undefined);
  const text = raw
    .filter((c) => '#text' in c)
    .map((c) => String(c['#text']))
    .join('')
    .trim();
  return { name, attrs, children, text };
}

export function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', commentPropName: '#comment', parseAttributeValue: false, parseTagValue: false });
  const nodes = (parser.parse(xml) as Ordered[]).filter((n) => !('?xml' in n) && !('#comment' in n));
  const root = nodes.map(toElement).find((e) => e !== undefined);
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** Every element under `root` (itself included), depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

export const byName = (root: XmlElement, name: string): XmlElement[] => allElements(root).filter((e) => e.name === name);

export const child = (e: XmlElement, name: string): XmlElement | undefined => e.children.find((c) => c.name === name);
