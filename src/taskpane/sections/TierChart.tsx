/** A light bar chart (plain SVG): each unit's score, coloured by tier, with the 先进 line at the lowest 先进 score. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Tier } from '../../engine';
import { useLang } from '../i18n';
import type { GroupView } from '../model';
import { UI } from '../ui-text';

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', fontSize: '10px', fontFamily: tokens.fontFamilyBase },
  label: { fill: tokens.colorNeutralForeground1 },
  axis: { stroke: tokens.colorNeutralStroke1 },
  line: { stroke: tokens.colorPaletteGreenForeground1, strokeWidth: 2, strokeDasharray: '4 2' },
  先进: { fill: tokens.colorPaletteGreenForeground1 },
  合格: { fill: tokens.colorBrandBackground },
  不合格: { fill: tokens.colorPaletteRedForeground1 },
  none: { fill: tokens.colorBrandBackground },
});

const ROW = 14;
const LEFT = 96;
const WIDTH = 320;

export function TierChart({ group }: { group: GroupView }) {
  const styles = useStyles();
  const { t } = useLang();
  const units = group.units;
  // The axis starts at the ten below the lowest score, so close scores (the usual case) stay apart.
  const max = Math.max(100, ...units.map((u) => u.score));
  const min = Math.max(0, Math.floor((Math.min(...units.map((u) => u.score)) - 5) / 10) * 10);
  const x = (v: number) => LEFT + ((Math.max(min, v) - min) / (max - min || 1)) * (WIDTH - LEFT - 34);
  const cut = Math.min(...units.filter((u) => u.tier === '先进').map((u) => u.score));
  const height = units.length * ROW + 16;
  const fill = (tier: Tier | null) => (tier ? styles[tier] : styles.none);
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${t(UI.chart)}：${t(group.label)}`}>
      {units.map((u, i) => (
        <g key={u.key}>
          <text className={styles.label} x={LEFT - 4} y={i * ROW + 10} textAnchor="end">
            {u.name.length > 8 ? `${u.name.slice(0, 8)}…` : u.name}
          </text>
          <rect className={fill(u.tier)} x={LEFT} y={i * ROW + 2} width={x(u.score) - LEFT} height={ROW - 4}>
            <title>{`${u.name} ${u.score}${u.tier ? ` ${u.tier}` : ''}`}</title>
          </rect>
          <text className={styles.label} x={x(u.score) + 2} y={i * ROW + 10}>
            {u.score}
          </text>
        </g>
      ))}
      <line className={styles.axis} x1={LEFT} x2={LEFT} y1={0} y2={units.length * ROW} />
      {Number.isFinite(cut) && (
        <g>
          <line className={styles.line} x1={x(cut)} x2={x(cut)} y1={0} y2={units.length * ROW + 4} />
          <text className={styles.label} x={x(cut)} y={height - 2} textAnchor="middle">
            {`${t(UI.advancedLine)} ${cut}`}
          </text>
        </g>
      )}
    </svg>
  );
}
