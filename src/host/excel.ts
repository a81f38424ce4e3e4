/**
 * ExcelWorkbook: the port on Office.js. Each call outside a batch is one Excel.run; inside `batch` all calls share
 * one Excel.run and one request context: the first read also loads the sheet list, active sheet, settings and the
 * lists of notes and tables (one sync); later reads sync once each (readTables: any number of sheets in one) and
 * carry the loads that locate notes and tables, so marks after them need no sync; every write is queued for the
 * single final sync. So each command path costs at most 3 context.sync() calls whatever the row count.
 * `syncs` counts them (tests and benches read it). Strings are written into cells formatted as text ("@"), so a
 * leading = + - @ never makes a formula. Settings live in the very-hidden SETTINGS_SHEET, as in every adapter.
 * One instance serves one command at a time (its batch state is per instance). The run and sync machinery is
 * ExcelRuns (excel/runs.ts); this file holds the port's methods.
 */
import type { CellValue } from '../engine/core/cell';
import { isHostError } from './errors';
import { ExcelRuns } from './excel/runs';
import { queueChart, queueColors, queueFormat, queueList, queuePage } from './excel/format';
import { alsoBlocks, queueAlso } from './excel/also';
import { applyMarks } from './excel/marks';
import { queueMerges, withMerges } from './excel/merges';
import { knownTables, queueTables } from './excel/tables';
import { blockOf, listsWidth, localAddress, officeBlock, prime, primed, primeStepwise } from './excel/session';
import { LISTS_SHEET, listSource, needsListSheet } from './lists';
import {
  type AddSheetOptions, type Block, type ChartSpec, type ColorRule, type Mark, type PageSetup, type RangeFormat, type Snapshot,
  type SnapshotOptions, type TableRef, type Workbook, type WriteOptions,
} from './port';
import { printAreaOf } from './page';
import { blockRect, parseRange, rectAddress, widthOf } from './range';
import { decideAddSheet, ownedSheets, setOwnedSheet } from './settings';

export type { ExcelOptions } from './excel/runs';

/**
 * No valueTypes: errors already arrive as their text ("#N/A") and blanks as "", and it would double the payload.
 * numberFormat comes in the same sync: a percent-formatted 0.5 (50%) is not a typed 0.5 (FISCAL.md §3, Block.percentFormats).
 */
const RANGE_PROPS = 'address,values,numberFormat,rowIndex,columnIndex';
export class ExcelWorkbook extends ExcelRuns implements Workbook {
  readonly kind = 'excel' as const;
  readonly can = { charts: true, selection: true, tables: true } as const;

  async sheetNames(): Promise<string[]> {
    return this.use(async (s) => {
      await this.ensure(s);
      return this.visibleNames(s);
    });
  }
  async activeSheet(): Promise<string> {
    return this.use(async (s) => (await this.ensure(s), s.active!));
  }
  async activateSheet(name: string): Promise<void> {
    await this.use(async (s) => {
      const sheet = await this.known(s, name);
      s.ctx.workbook.worksheets.getItem(sheet).activate();
      s.active = sheet;
      s.pending = true;
    });
  }

  async snapshot(sheet?: string, opts: SnapshotOptions = {}): Promise<Snapshot> {
    return this.use(async (s) => {
      const read = async (withSelection: boolean) => {
        const p = prime(s);
        const wb = s.ctx.workbook;
        const ws = (sheet === undefined ? wb.worksheets.getActiveWorksheet() : wb.worksheets.getItem(sheet)).load('name');
        const used = ws.getUsedRangeOrNullObject(true).load(RANGE_PROPS);
        const usedMerges = queueMerges(this.mergesSupported(), ws.getRange());
        const tables = ws.tables.load('items/name');
        const sel = withSelection ? wb.getSelectedRange().load('address,rowIndex,columnIndex') : undefined;
        const selUsed = sel?.getUsedRangeOrNullObject(true).load(RANGE_PROPS);
        const selMerges = sel && queueMerges(this.mergesSupported(), sel);
        const also = queueAlso(s, opts.also ?? [], (n) => this.find(s, n)?.name, RANGE_PROPS);
        await this.sync(s);
        primed(s, p);
        return { ws, used, usedMerges, tables, also, selection: sel && selUsed ? withMerges(blockOf(selUsed, sel), selMerges) : null };
      };
      // A chart selected makes getSelectedRange fail; so do a missing sheet and (on a strict host) the settings
      // lookup before the add-in's sheet exists. Tell them apart and read again (extra syncs on this rare path only).
      const got = await read(true).catch(async (e: unknown) => {
        if (!isHostError(e) || e.code !== 'host-failed') throw e;
        if (sheet !== undefined) await this.known(s, sheet);
        if (s.sheets) return read(false);
        await primeStepwise(s, (x) => this.sync(x));
        return read(true).catch(() => read(false));
      });
      return {
        sheets: this.visibleNames(s),
        active: s.active!,
        selection: got.selection,
        sheet: got.ws.name,
        tables: await this.tableRefs(s, got.ws.name, got.tables),
        used: withMerges(blockOf(got.used, undefined, got.ws.name), got.usedMerges),
        ...(opts.also ? { also: alsoBlocks(got.also) } : {}),
      };
    });
  }
  async readTable(sheet: string, range?: string): Promise<Block> {
    return this.use(async (s) => {
      const name = await this.known(s, sheet);
      const ws = s.ctx.workbook.worksheets.getItem(name);
      const asked = range === undefined ? undefined : ws.getRange(rectAddress(parseRange(range)));
      const r = (asked ?? ws.getUsedRangeOrNullObject(true)).load(RANGE_PROPS);
      const merges = queueMerges(this.mergesSupported(), asked ?? ws.getRange());
      await this.sync(s);
      return withMerges(blockOf(r, undefined, name), merges);
    });
  }
  async readTables(sheets: readonly string[]): Promise<Block[]> {
    return this.use(async (s) => {
      const names: string[] = [];
      for (const sheet of sheets) names.push(await this.known(s, sheet));
      const reads = names.map((name) => {
        queueTables(s, name); // so tables() of these sheets needs no sync of its own
        const ws = s.ctx.workbook.worksheets.getItem(name);
        return { used: ws.getUsedRangeOrNullObject(true).load(RANGE_PROPS), merges: queueMerges(this.mergesSupported(), ws.getRange()) };
      });
      if (reads.length > 0) await this.sync(s);
      return reads.map((r, i) => withMerges(blockOf(r.used, undefined, names[i]), r.merges));
    });
  }
  async readSelection(): Promise<Block | null> {
    return this.use(async (s) => {
      await this.ensure(s);
      const sel = s.ctx.workbook.getSelectedRange().load('address,rowIndex,columnIndex');
      const used = sel.getUsedRangeOrNullObject(true).load(RANGE_PROPS);
      const merges = queueMerges(this.mergesSupported(), sel);
      await this.sync(s);
      return withMerges(blockOf(used, sel), merges);
    });
  }
  async onSelectionChanged(cb: (sel: { sheet: string; address: string }) => void): Promise<() => Promise<void>> {
    const run = this.runner();
    const handler = await run(async (ctx) => {
      const h = ctx.workbook.worksheets.onSelectionChanged.add(async (e) => {
        const name = await run(async (c) => {
          const ws = c.workbook.worksheets.getItem(e.worksheetId).load('name');
          await c.sync();
          return ws.name;
        });
        cb({ sheet: name, address: localAddress(e.address) });
      });
      await ctx.sync();
      return h;
    });
    return async () => {
      handler.remove(); // queued on the context that added it, which Office keeps alive for its handlers
      await handler.context.sync();
    };
  }
  async tables(sheet: string): Promise<TableRef[]> {
    return this.use(async (s) => {
      const name = await this.known(s, sheet);
      const ranged = knownTables(s, name);
      if (ranged) return ranged;
      const known = s.tableLists.get(name);
      const tables = known ?? s.ctx.workbook.worksheets.getItem(name).tables.load('items/name');
      if (!known) await this.sync(s);
      return this.tableRefs(s, name, tables);
    });
  }

  async write(sheet: string, topLeft: string, values: readonly (readonly CellValue[])[], opts: WriteOptions = {}): Promise<void> {
    await this.use(async (s) => {
      const name = await this.known(s, sheet);
      const width = widthOf(values);
      if (values.length === 0 || width === 0) return;
      const block = officeBlock(values, width, opts.textColumns ?? []);
      const range = s.ctx.workbook.worksheets.getItem(name).getRange(rectAddress(blockRect(topLeft, values.length, width)));
      range.numberFormat = block.formats; // text format first, so the values that follow stay text
      range.values = block.values;
      s.pending = true;
    });
  }

  async mark(sheet: string, marks: readonly Mark[]): Promise<void> {
    await this.use(async (s) => {
      const name = await this.known(s, sheet);
      await applyMarks(s, name, marks, false, this.markDeps());
    });
  }
  async clearMarks(sheet: string): Promise<void> {
    await this.use(async (s) => {
      await applyMarks(s, await this.known(s, sheet), [], true, this.markDeps());
    });
  }

  async addSheet(name: string, opts: AddSheetOptions = {}): Promise<void> {
    await this.use(async (s) => {
      await this.ensure(s);
      const existing = this.find(s, name);
      const action = decideAddSheet(existing?.name, s.settings!, opts.replaceOwn ?? false);
      const sheets = s.ctx.workbook.worksheets;
      if (action === 'replace' && existing) {
        sheets.getItem(existing.name).delete();
        s.deletesPending = true;
        s.sheets = s.sheets!.filter((w) => w !== existing);
      }
      const ws = sheets.add(name);
      const position = existing?.position ?? s.sheets!.length;
      if (existing) ws.position = position; // keep the tab where it was
      s.sheets!.push({ name, position });
      setOwnedSheet(s.settings!, name, true);
      s.settingsDirty = true;
      s.pending = true;
    });
  }
  async isOwnSheet(name: string): Promise<boolean> {
    return this.use(async (s) => {
      await this.ensure(s);
      const found = this.find(s, name);
      return found !== undefined && ownedSheets(s.settings!).includes(found.name);
    });
  }

  async conditionalColors(sheet: string, range: string, rules: readonly ColorRule[]): Promise<void> {
    await this.use(async (s) => {
      const target = s.ctx.workbook.worksheets.getItem(await this.known(s, sheet)).getRange(rectAddress(parseRange(range)));
      queueColors(target, rules);
      s.pending = true;
    });
  }
  async formatRange(sheet: string, range: string, fmt: RangeFormat): Promise<void> {
    await this.use(async (s) => {
      const rect = parseRange(range);
      const target = s.ctx.workbook.worksheets.getItem(await this.known(s, sheet)).getRange(rectAddress(rect));
      queueFormat(target, rect, fmt);
      s.pending = true;
    });
  }
  async addChart(sheet: string, spec: ChartSpec): Promise<boolean> {
    if (spec.series.length === 0) return false;
    await this.use(async (s) => {
      queueChart(s.ctx.workbook.worksheets.getItem(await this.known(s, sheet)), spec);
      s.pending = true;
    });
    return true;
  }
  async validationList(sheet: string, range: string, items: readonly string[]): Promise<void> {
    await this.use(async (s) => {
      const sheets = s.ctx.workbook.worksheets;
      const name = await this.known(s, sheet);
      if (needsListSheet(items)) await listsWidth(s, (x) => this.sync(x));
      const formula = listSource(items, (column, values) => {
        if (!this.find(s, LISTS_SHEET)) {
          sheets.add(LISTS_SHEET).visibility = 'VeryHidden';
          s.sheets!.push({ name: LISTS_SHEET, position: s.sheets!.length });
        }
        const block = officeBlock(values.map((v) => [v]), 1, [0]);
        const col = sheets.getItem(LISTS_SHEET).getRange(`${column}1:${column}${values.length}`);
        col.numberFormat = block.formats;
        col.values = block.values;
        s.listsColumns = (s.listsColumns ?? 0) + 1;
      }, () => s.listsColumns ?? 0);
      queueList(sheets.getItem(name).getRange(rectAddress(parseRange(range))), formula);
      s.pending = true;
    });
  }

  async mergeCells(sheet: string, range: string): Promise<void> {
    await this.use(async (s) => {
      s.ctx.workbook.worksheets.getItem(await this.known(s, sheet)).getRange(rectAddress(parseRange(range))).merge(false);
      s.pending = true;
    });
  }
  async pageSetup(sheet: string, setup: PageSetup): Promise<void> {
    if (setup.printArea !== undefined) printAreaOf(setup.printArea); // a bad address fails now, not at the batch's end
    await this.use(async (s) => {
      const name = await this.known(s, sheet);
      if (!this.pageLayoutSupported()) return; // an older Excel prints as it did
      queuePage(s.ctx.workbook.worksheets.getItem(name), setup);
      s.pending = true;
    });
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.use(async (s) => (await this.ensure(s), s.settings!.get(key)));
  }
  async setSetting(key: string, value: string): Promise<void> {
    await this.use(async (s) => {
      await this.ensure(s);
      s.settings!.set(key, value);
      s.settingsDirty = true;
    });
  }
}
