import type { ReactNode } from 'react';
import type { Schema } from '../../api/client';
import { useLanguage, useT } from '../../i18n/i18n';
import { messages } from './scenario.messages';

type ScenarioContext = Schema<'WorkflowScenarioContext'>;
type Sandbox = NonNullable<ScenarioContext['sandbox']>;
type StoredIndicator = Sandbox['indicators'][number];
export type Indicator = Exclude<StoredIndicator, string>;

/** One indicator as typed: bounds stay text until sent, an empty bound is no bound. */
export interface IndicatorRow {
  key: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  min: string;
  max: string;
}

export interface ReadingDraft {
  indicatorKey: string;
  value: string;
  observedOn: string;
  note: string;
}

export const emptyIndicator = (): IndicatorRow => ({ key: '', nameZh: '', nameEn: '', unit: '', min: '', max: '' });

/** The sandbox in force, if the instance is a scenario in one. */
export function sandboxOf(instance: Schema<'WorkflowInstanceView'>): Sandbox | null {
  const context = instance.snapshot.context as Partial<ScenarioContext>;
  return context.sandbox ?? null;
}

/** Stored indicators as data: a sandbox entered before thresholds named its indicators only (key = name, no bound). */
export function indicatorsOf(sandbox: Sandbox | null): Indicator[] {
  return (sandbox?.indicators ?? []).map((indicator) => (typeof indicator === 'string' ? { key: indicator, name: { zh: indicator, en: indicator }, unit: '', threshold: {} } : indicator));
}

/** Rows to edit for a renewal: the terms in force. */
export function rowsOf(sandbox: Sandbox | null): IndicatorRow[] {
  const rows = indicatorsOf(sandbox)
    .filter((indicator) => indicator.threshold.max !== undefined || indicator.threshold.min !== undefined)
    .map((i) => ({ key: i.key, nameZh: i.name.zh, nameEn: i.name.en, unit: i.unit, min: i.threshold.min?.toString() ?? '', max: i.threshold.max?.toString() ?? '' }));
  return rows.length > 0 ? rows : [emptyIndicator()];
}

const bound = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** What the server validates (a missing bound or unit is its to refuse, with the field named). */
export function indicatorPayload(rows: IndicatorRow[]): unknown[] {
  return rows.map((row) => ({
    key: row.key.trim(),
    name: { zh: row.nameZh.trim(), en: row.nameEn.trim() },
    unit: row.unit.trim(),
    threshold: { ...(bound(row.min) !== undefined ? { min: bound(row.min) } : {}), ...(bound(row.max) !== undefined ? { max: bound(row.max) } : {}) },
  }));
}

export function readingPayload(draft: ReadingDraft): Record<string, unknown> {
  return { indicatorKey: draft.indicatorKey, value: draft.value.trim() === '' ? undefined : Number(draft.value), observedOn: draft.observedOn, ...(draft.note.trim() ? { note: draft.note.trim() } : {}) };
}

export function thresholdText(indicator: Indicator, zh: boolean): string {
  const { min, max } = indicator.threshold;
  const unit = zh ? indicator.unit : indicator.unit ? ` ${indicator.unit}` : '';
  const parts = [min !== undefined ? `${zh ? '下限' : 'min'} ${min}${unit}` : null, max !== undefined ? `${zh ? '上限' : 'max'} ${max}${unit}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(zh ? '，' : ', ') : zh ? '无' : 'none';
}

function isBeyond(indicator: Indicator, value: number): boolean {
  const { min, max } = indicator.threshold;
  return (max !== undefined && value > max) || (min !== undefined && value < min);
}

type FieldError = (path: string) => ReactNode;

/** The indicator rows of new or renewed terms: key, bilingual name, unit, min, max. */
export function IndicatorRows({ rows, onChange, fieldError, invalid }: { rows: IndicatorRow[]; onChange: (rows: IndicatorRow[]) => void; fieldError: FieldError; invalid: (path: string) => boolean }) {
  const t = useT(messages);
  const set = (index: number, field: keyof IndicatorRow, value: string) => onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const fields: Array<[keyof IndicatorRow, 'indicatorKey' | 'indicatorNameZh' | 'indicatorNameEn' | 'indicatorUnit' | 'indicatorMin' | 'indicatorMax', string]> = [
    ['key', 'indicatorKey', 'key'],
    ['nameZh', 'indicatorNameZh', 'name.zh'],
    ['nameEn', 'indicatorNameEn', 'name.en'],
    ['unit', 'indicatorUnit', 'unit'],
    ['min', 'indicatorMin', 'threshold.min'],
    ['max', 'indicatorMax', 'threshold.max'],
  ];
  return (
    <div className="indicator-rows">
      <p className="small">{t('sandboxIndicators')}</p>
      {fieldError('indicators')}
      {rows.map((row, index) => (
        <fieldset key={index} className="indicator-row" data-testid="indicator-row">
          <legend>{t('indicatorRow', { n: index + 1 })}</legend>
          {fields.map(([field, label, path]) => {
            const id = `indicator-${index}-${field}`;
            return (
              <span key={field} className="indicator-field">
                <label htmlFor={id}>{t(label)}</label>
                <input
                  id={id}
                  value={row[field]}
                  inputMode={field === 'min' || field === 'max' ? 'decimal' : undefined}
                  onChange={(e) => set(index, field, e.target.value)}
                  aria-invalid={invalid(`indicators.${index}.${path}`) || undefined}
                />
                {fieldError(`indicators.${index}.${path}`)}
              </span>
            );
          })}
          {fieldError(`indicators.${index}.threshold`)}
          {rows.length > 1 ? (
            <button type="button" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              {t('removeIndicator', { n: index + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...rows, emptyIndicator()])}>
        {t('addIndicator')}
      </button>
    </div>
  );
}

/** A reading for one of the indicators in force, with its threshold shown. */
export function ReadingFields({ sandbox, draft, onChange, fieldError, invalid }: { sandbox: Sandbox | null; draft: ReadingDraft; onChange: (draft: ReadingDraft) => void; fieldError: FieldError; invalid: (path: string) => boolean }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const zh = language !== 'en';
  const indicators = indicatorsOf(sandbox);
  const chosen = indicators.find((indicator) => indicator.key === draft.indicatorKey);
  const readings = Object.values(sandbox?.readings ?? {});
  return (
    <>
      {readings.length > 0 ? (
        <div>
          <p className="small">{t('latestReadings')}</p>
          <ul className="small" data-testid="sandbox-readings">
            {readings.map((reading) => {
              const indicator = indicators.find((i) => i.key === reading.indicatorKey);
              const beyond = indicator ? isBeyond(indicator, reading.value) : false;
              return (
                <li key={reading.indicatorKey}>
                  {indicator ? (zh ? indicator.name.zh : indicator.name.en) : reading.indicatorKey}: {reading.value}
                  {indicator?.unit ? (zh ? indicator.unit : ` ${indicator.unit}`) : ''} ({reading.observedOn}){beyond ? ` — ${t('beyondThreshold')}` : ''}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <label htmlFor="reading-indicator">{t('readingIndicator')}</label>
      <select id="reading-indicator" value={draft.indicatorKey} onChange={(e) => onChange({ ...draft, indicatorKey: e.target.value })} aria-invalid={invalid('indicatorKey') || undefined}>
        <option value="">—</option>
        {indicators.map((indicator) => (
          <option key={indicator.key} value={indicator.key}>
            {zh ? indicator.name.zh : indicator.name.en} ({indicator.unit || indicator.key})
          </option>
        ))}
      </select>
      {chosen ? <p className="muted small">{t('readingThreshold', { threshold: thresholdText(chosen, zh) })}</p> : null}
      {fieldError('indicatorKey')}
      <label htmlFor="reading-value">{t('readingValue')}</label>
      <input id="reading-value" inputMode="decimal" value={draft.value} onChange={(e) => onChange({ ...draft, value: e.target.value })} aria-invalid={invalid('value') || undefined} />
      {fieldError('value')}
      <label htmlFor="reading-observed">{t('readingObservedOn')}</label>
      <input id="reading-observed" type="date" value={draft.observedOn} onChange={(e) => onChange({ ...draft, observedOn: e.target.value })} aria-invalid={invalid('observedOn') || undefined} />
      {fieldError('observedOn')}
      <label htmlFor="reading-note">{t('readingNote')}</label>
      <input id="reading-note" value={draft.note} maxLength={2000} onChange={(e) => onChange({ ...draft, note: e.target.value })} />
    </>
  );
}
