import type { ComponentChildren } from 'preact';
import { formatDecimal, type FieldId, type FieldProblem, type NumberField } from './numbers';
import type { FormContext } from './use-settings-form';

/** The unit a field's numbers are in: Wh for custom factors, the badge metric's for budgets. */
function unitOf(field: FieldId, ctx: FormContext): string {
  if (field === 'dailyBudget' || field === 'weeklyBudget') {
    return ctx.t(`budgetUnit.${ctx.settings.badgeMetric}`);
  }
  return 'Wh';
}

/** A problem as a sentence in the page's language. */
function problemText(field: FieldId, problem: FieldProblem, ctx: FormContext): string {
  const { t } = ctx;
  const amount = (n: number) =>
    `${new Intl.NumberFormat(t.language).format(n)} ${unitOf(field, ctx)}`;
  switch (problem.kind) {
    case 'number':
      return t('errorNumber', {
        example: formatDecimal(field.startsWith('custom.') ? 0.3 : 20, t.language),
      });
    case 'min':
      return t('errorMin', { min: amount(problem.bound) });
    case 'max':
      return t('errorMax', { max: amount(problem.bound) });
    case 'budget-min':
      return t('errorBudgetMin');
    case 'invalid':
      return t('errorInvalid');
  }
}

/** The error line under a field, announced when it appears. */
export function FieldError({ id, field, ctx }: { id: string; field: FieldId; ctx: FormContext }) {
  const problem = ctx.problems[field];
  if (!problem) return null;
  return (
    <p id={id} class="error" role="alert" data-testid={`error-${field}`}>
      {problemText(field, problem, ctx)}
    </p>
  );
}

/** A labelled decimal input with its unit, hint and error. */
export function NumberInput({
  field,
  id,
  label,
  hint,
  ctx,
}: {
  field: NumberField;
  id: string;
  label: string;
  hint: string;
  ctx: FormContext;
}) {
  const invalid = Boolean(ctx.problems[field]);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="input-row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={ctx.numberText(field)}
          aria-invalid={invalid}
          aria-describedby={`${id}-unit ${id}-hint${invalid ? ` ${id}-error` : ''}`}
          onInput={(e) => ctx.editNumber(field, (e.currentTarget as HTMLInputElement).value, false)}
          onChange={(e) => ctx.editNumber(field, (e.currentTarget as HTMLInputElement).value, true)}
        />
        <span class="unit" id={`${id}-unit`}>
          {unitOf(field, ctx)}
        </span>
      </div>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <FieldError id={`${id}-error`} field={field} ctx={ctx} />
    </div>
  );
}

/** A section of the page with its heading (which names it) and an optional introduction. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}
