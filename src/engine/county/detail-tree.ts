import { makeIssue } from '../core/issue';
import type { ParsedRow, ParsedTable } from '../core/table';
import { placeOf, type DetailContext, type UnitInfo } from './detail-context';
import type { Direction } from './indicator';
import type { IndicatorNode } from './scheme';

/** A leaf of the scheme's indicator tree, keyed by its path "一级 / 二级 / 三级". */
interface TreeLeaf {
  readonly points: number | undefined;
  readonly direction: Direction | undefined;
}

const trees = new WeakMap<readonly IndicatorNode[], Map<string, TreeLeaf>>();

/** The leaves of a tree by path, built once per tree. */
function leavesOf(nodes: readonly IndicatorNode[]): Map<string, TreeLeaf> {
  const hit = trees.get(nodes);
  if (hit) return hit;
  const out = new Map<string, TreeLeaf>();
  const walk = (list: readonly IndicatorNode[], path: string[]): void => {
    for (const n of list) {
      const p = [...path, n.name.trim()];
      if (n.children && n.children.length > 0) walk(n.children, p);
      else out.set(p.join(' / '), { points: n.points, direction: n.direction });
    }
  };
  walk(nodes, []);
  trees.set(nodes, out);
  return out;
}

/**
 * When the scheme gives the group's indicator tree (篇4 四: 三级体系), a row must name one of its leaves
 * with the tree's points; a blank direction takes the tree's. Returns the leaf's direction (if any), or
 * false after an issue naming the cell.
 */
export function checkAgainstTree(table: ParsedTable, row: ParsedRow, name: string, info: UnitInfo, ctx: DetailContext): Direction | undefined | false {
  const tree = ctx.scheme.groups[info.group].indicators;
  if (!tree) return undefined;
  const leaf = leavesOf(tree).get(name);
  const gs = ctx.scheme.groups[info.group];
  if (!leaf) {
    const p = placeOf(table, row, 'level1', info.unit);
    ctx.issues.push(makeIssue('county.detail-leaf-unknown', { at: p.at, name, group: gs.label.zh, groupEn: gs.label.en }, p));
    return false;
  }
  if (leaf.points !== undefined && leaf.points !== row.values.points) {
    const p = placeOf(table, row, 'points', info.unit);
    ctx.issues.push(makeIssue('county.detail-leaf-points', { at: p.at, name, points: leaf.points, value: String(row.values.points) }, p));
    return false;
  }
  return leaf.direction;
}
