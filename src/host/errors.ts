/** Typed host failures: a code for programs and a Chinese/English message for people — never a stack trace. */
import type { Text } from '../engine/core/text';

export type HostErrorCode =
  | 'file-missing'
  | 'file-not-workbook'
  | 'file-empty'
  | 'file-encrypted'
  | 'file-corrupt'
  | 'file-unsupported'
  | 'file-too-large'
  | 'file-unsafe'
  | 'sheet-missing'
  | 'sheet-exists'
  | 'sheet-not-owned'
  | 'range-invalid'
  | 'host-unavailable'
  | 'host-failed';

export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly text: Text;
  constructor(code: HostErrorCode, text: Text, options?: { cause?: unknown }) {
    super(`${text.zh} / ${text.en}`, options);
    this.name = 'HostError';
    this.code = code;
    this.text = text;
  }
}

export const isHostError = (e: unknown): e is HostError => e instanceof HostError;

export const sheetMissing = (name: string): HostError =>
  new HostError('sheet-missing', { zh: `找不到工作表“${name}”。`, en: `There is no sheet named "${name}".` });

export const sheetNotOwned = (name: string): HostError =>
  new HostError('sheet-not-owned', {
    zh: `工作表“${name}”已存在且不是本加载项创建的，未作改动。请改名或删除后重试。`,
    en: `A sheet named "${name}" already exists and was not created by the add-in; it was left untouched. Rename or delete it and retry.`,
  });

export const sheetExists = (name: string): HostError =>
  new HostError('sheet-exists', { zh: `工作表“${name}”已存在。`, en: `A sheet named "${name}" already exists.` });

export const rangeInvalid = (range: string): HostError =>
  new HostError('range-invalid', { zh: `区域地址“${range}”无效。`, en: `"${range}" is not a valid range address.` });
