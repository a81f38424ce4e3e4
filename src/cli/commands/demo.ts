/** perf demo: rank and tier the built-in county sample (the seed's 48 units) and write the result workbook. */
import { rankAndTier } from '../../commands/rank-and-tier';
import { hasErrors } from '../../engine';
import { countySampleSheets } from '../../samples';
import { positionalsExactly, stringOption } from '../args';
import type { CliCommand } from '../command';
import { EXIT } from '../errors';
import { sampleWorkbook, saveWorkbook } from '../files';
import { printRun, rankingText } from '../report';
import { guardOverwrite } from '../overwrite';
import { xlsxOut } from '../paths';
import { displayPath } from '../show';

export const DEMO_OUT = 'perf-demo.xlsx';
const SAMPLE_NAME = '内置样例 built-in sample';

export const demoCommand: CliCommand = {
  name: 'demo',
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  async run(positionals, values, io) {
    positionalsExactly(positionals, 0, { zh: '', en: '' });
    const given = stringOption(values, 'out');
    const out = xlsxOut(io.cwd, given ?? DEMO_OUT);
    await guardOverwrite(out, displayPath(io.cwd, out), { force: values['force'] === true, isDefault: given === undefined });
    const wb = await sampleWorkbook(countySampleSheets());
    const outcome = await rankAndTier(wb, { scheme: 'county' });
    const failed = hasErrors(outcome.issues) || outcome.written === null;
    io.out('县政府绩效管理样例：篇4 的 48 个单位，分数为合成数据 / county sample: the 48 units of 篇4, synthetic scores\n');
    printRun(io, SAMPLE_NAME, failed ? '' : rankingText(outcome.ranking, outcome.stamp?.precision ?? 2), outcome.warnings, outcome.issues);
    if (failed) return EXIT.crash; // the built-in sample must always rank: anything else is a bug
    await saveWorkbook(wb, out, displayPath(io.cwd, out));
    io.out(`已写入 written: ${displayPath(io.cwd, out)}（输入表 + 排名结果 / input sheets + 排名结果）`);
    return EXIT.ok;
  },
};
