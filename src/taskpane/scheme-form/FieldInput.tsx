/** One setting of the scheme editor, as the Fluent control its kind asks for, with its problems beside it. */
import { Checkbox, Field, Input, Select, Switch } from '@fluentui/react-components';
import type { Issue } from '../../engine';
import { useLang } from '../i18n';
import { UI } from '../ui-text';
import type { FieldDef } from './defs';
import { fieldText } from './values';

export interface FieldInputProps {
  readonly def: FieldDef;
  readonly value: unknown;
  /** The text being typed when it differs from the value (a number not yet complete, or not a number). */
  readonly raw: string | undefined;
  /** Whether `raw` is not a number. */
  readonly bad: boolean;
  readonly issues: readonly Issue[];
  readonly onText: (text: string) => void;
  readonly onValue: (value: unknown) => void;
  readonly onBlur: () => void;
  /** Shown instead of the label (a table cell: the column and row). */
  readonly ariaLabel?: string;
  readonly compact?: boolean;
}

export function FieldInput({ def, value, raw, bad, issues, onText, onValue, onBlur, ariaLabel, compact }: FieldInputProps) {
  const { t } = useLang();
  const messages = [...(bad ? [t(UI.notNumber)] : []), ...issues.map((i) => t(i.message))];
  const state = messages.length > 0 ? 'error' : 'none';
  const label = compact ? {} : { label: t(def.label) };
  const a11y = ariaLabel !== undefined ? { 'aria-label': ariaLabel } : {};
  const k = def.kind;
  if (k.type === 'switch') {
    return (
      <Field validationState={state} validationMessage={messages.join('；')}>
        <Switch checked={value === true} {...label} onChange={(_, d) => onValue(d.checked)} {...a11y} />
      </Field>
    );
  }
  if (k.type === 'multi') {
    const chosen = Array.isArray(value) ? (value as string[]) : [];
    return (
      <Field {...label} validationState={state} validationMessage={messages.join('；')}>
        <div role="group" aria-label={t(def.label)}>
          {k.options.map((o) => {
            const at = chosen.indexOf(o.value);
            return (
              <Checkbox
                key={o.value}
                checked={at >= 0}
                label={at >= 0 ? `${at + 1}. ${t(o.label)}` : t(o.label)}
                onChange={(_, d) => onValue(d.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))}
              />
            );
          })}
        </div>
      </Field>
    );
  }
  if (k.type === 'select') {
    return (
      <Field {...label} validationState={state} validationMessage={messages.join('；')}>
        <Select value={typeof value === 'string' ? value : ''} onChange={(_, d) => onValue(d.value === '' ? undefined : d.value)} {...a11y}>
          {k.blank === 'absent' && <option value="">{t({ zh: '默认', en: 'Default' })}</option>}
          {k.options.map((o) => (
            <option key={o.value} value={o.value}>
              {t(o.label)}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  return (
    <Field {...label} validationState={state} validationMessage={messages.join('；')}>
      <Input
        value={raw ?? fieldText(k, value)}
        inputMode={k.type === 'number' ? 'decimal' : undefined}
        onChange={(_, d) => onText(d.value)}
        onBlur={onBlur}
        size={compact ? 'small' : 'medium'}
        {...a11y}
      />
    </Field>
  );
}
