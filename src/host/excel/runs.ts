/**
 * The run and request-context machinery under ExcelWorkbook (excel.ts, the port): one Excel.run per call outside a
 * batch, one shared run and context inside it; the first read primes the sheet list, active sheet and settings;
 * every context.sync() is counted and carries the loads that locate notes and tables; the batch's end queues the
 * settings and sends every queued write in one last sync.
 */
import { HostError, isHostError, sheetMissing } from '../errors';
import { HIDDEN_SHEETS } from '../lists';
import type { TableRef } from '../port';
import { carryNotes } from './notes';
import { carryTables } from './tables';
import { localAddress, newSession, prime, primed, primeStepwise, queueSettings, type Session } from './session';

export interface ExcelOptions {
  /** Excel.run, or a stand-in (tests pass an office-addin-mock context). */
  readonly run?: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Whether cell notes (ExcelApi 1.18) are available; asked of Office when omitted. */
  readonly notes?: boolean;
  /** Whether merged areas can be read (ExcelApi 1.13); asked of Office when omitted. */
  readonly merges?: boolean;
  /** Whether page layout can be set (ExcelApi 1.9); asked of Office when omitted. */
  readonly pageLayout?: boolean;
}

export abstract class ExcelRuns {
  /** context.sync() calls made so far. */
  syncs = 0;
  protected session: Session | undefined;

  constructor(protected readonly opts: ExcelOptions = {}) {}

  async batch<T>(fn: () => Promise<T>): Promise<T> {
    if (this.session) return fn();
    return this.runner()(async (ctx) => {
      const s = newSession(ctx, this.notesSupported());
      this.session = s;
      try {
        const result = await fn();
        await this.finish(s);
        return result;
      } finally {
        this.session = undefined;
      }
    });
  }


  protected runner(): <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T> {
    return this.opts.run ?? ((batch) => Excel.run(batch));
  }
  protected mergesSupported(): boolean {
    return this.opts.merges ?? (typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.13'));
  }
  protected pageLayoutSupported(): boolean {
    return this.opts.pageLayout ?? (typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.9'));
  }
  protected notesSupported(): boolean {
    return this.opts.notes ?? (typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.18'));
  }
  protected use<T>(fn: (s: Session) => Promise<T>): Promise<T> {
    return this.session ? fn(this.session) : this.batch(() => fn(this.session!));
  }
  /** One context.sync(); unless it is the batch's last, it also carries the loads that locate the notes. */
  protected async sync(s: Session, last = false): Promise<void> {
    this.syncs++;
    s.syncs++;
    const learnt = last ? [] : [carryNotes(s), carryTables(s)];
    try {
      await s.ctx.sync();
      for (const record of learnt) record();
    } catch (e) {
      if (isHostError(e)) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      throw new HostError('host-failed', { host: 'Excel', detail: msg }, { cause: e });
    }
    s.pending = false;
    s.deletesPending = false;
  }
  /** Loads the sheet list, active sheet and settings if this batch has not yet (one sync). */
  protected async ensure(s: Session): Promise<void> {
    if (s.sheets) return;
    const p = prime(s);
    try {
      await this.sync(s);
      primed(s, p);
    } catch (e) {
      if (!isHostError(e) || e.code !== 'host-failed') throw e;
      await primeStepwise(s, (x) => this.sync(x));
    }
  }
  protected visibleNames(s: Session): string[] {
    return s.sheets!.filter((w) => !HIDDEN_SHEETS.has(w.name)).sort((a, b) => a.position - b.position).map((w) => w.name);
  }
  protected find(s: Session, name: string): { name: string; position: number } | undefined {
    const lower = name.toLowerCase();
    return s.sheets!.find((w) => w.name.toLowerCase() === lower);
  }
  /** The sheet's real name; HostError 'sheet-missing' when there is none (the add-in's hidden sheets included). */
  protected async known(s: Session, name: string): Promise<string> {
    await this.ensure(s);
    const found = this.find(s, name);
    if (!found || HIDDEN_SHEETS.has(found.name)) throw sheetMissing(name);
    return found.name;
  }
  protected async tableRefs(s: Session, sheet: string, tables: Excel.TableCollection): Promise<TableRef[]> {
    if (tables.items.length === 0) return [];
    const ranges = tables.items.map((t) => ({ name: t.name, range: t.getRange().load('address') }));
    await this.sync(s); // only when the sheet has tables: their ranges need the names first
    return ranges.map((t) => ({ name: t.name, sheet, address: localAddress(t.range.address) }));
  }
  protected markDeps(): { notes: boolean; sync: (s: Session) => Promise<void> } {
    return { notes: this.notesSupported(), sync: (x) => this.sync(x) };
  }
  /** Ends a batch: the settings sheet, then the one sync that sends every queued write. */
  protected async finish(s: Session): Promise<void> {
    if (s.settingsDirty) queueSettings(s);
    if (s.pending) await this.sync(s, true);
  }
}
