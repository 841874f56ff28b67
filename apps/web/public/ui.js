import { h as createElement, render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import htm from 'htm';
import { uid } from './dom.js';
import { keepDraft } from './drafts.js';
import { onSubmit } from './forms.js';
import { entryStatusParts, instantText, stateParts, todayIso } from './format.js';

/**
 * Views as Preact components written with htm (tagged templates, no build step). A component's
 * state changes patch the page: what is typed in a form, where focus is and which panels are open
 * stay as they were when live updates arrive. Inputs are uncontrolled (no `value` prop), so a
 * re-render never writes over what the user typed; drafts, field errors and submission come from
 * the same helpers as the other views (drafts.js, forms.js).
 */
export const html = htm.bind(createElement);

/** @type {Set<HTMLElement>} */
const mounted = new Set();

/**
 * A component as the router's page: rendered into its own element, unmounted when the router
 * shows another page (its effects and live subscriptions end then).
 * @param {any} component
 * @param {Record<string, any>} props
 * @returns {HTMLElement}
 */
export function mountView(component, props) {
  const root = document.createElement('div');
  root.className = 'view-root';
  render(createElement(component, props), root);
  mounted.add(root);
  return root;
}

/** Unmounts the components shown in `container` (before the router replaces its content). */
export function unmountViews(container) {
  for (const root of [...mounted]) {
    if (!container.contains(root)) continue;
    render(null, root);
    mounted.delete(root);
  }
}

/** A document-unique id that stays the same for the life of the component. */
export function useId(prefix) {
  const [id] = useState(() => uid(prefix.replace(/\W/g, '-')));
  return id;
}

/**
 * A labelled control whose `name` is the API's field path, with hint and error slots (the error
 * slot is filled by forms.js showErrors). Uncontrolled: `value` is only the initial value.
 * @param {{ name: string, label: string, type?: string, required?: boolean, hint?: string, value?: string,
 *   options?: { value: string, label: string, disabled?: boolean }[], rows?: number, min?: string|number, max?: string|number,
 *   past?: boolean, autocomplete?: string, step?: string, inputmode?: string }} props
 */
export function Field(props) {
  const id = useId(props.name);
  const hintId = props.hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const common = {
    id,
    name: props.name,
    'aria-required': props.required ? 'true' : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
    autocomplete: props.autocomplete,
    inputmode: props.inputmode,
    'data-type': props.type === 'number' ? 'number' : props.past ? 'past-date' : undefined,
    'data-required': props.required ? 'true' : undefined,
  };
  let control;
  if (props.options) {
    control = html`<select ...${common}>
      ${props.options.map((o) => html`<option key=${o.value} value=${o.value} disabled=${o.disabled} selected=${o.value === props.value}>${o.label}</option>`)}
    </select>`;
  } else if (props.rows) {
    control = html`<textarea ...${common} rows=${props.rows} defaultValue=${props.value}></textarea>`;
  } else {
    control = html`<input ...${common} type=${props.type ?? 'text'} defaultValue=${props.value} min=${props.min} max=${props.max} step=${props.step} />`;
  }
  return html`<div class="field">
    <label for=${id}>${props.label}${props.required ? html`<span class="required"> (required)</span>` : null}</label>
    ${props.hint ? html`<p class="hint" id=${hintId}>${props.hint}</p>` : null}
    ${control}
    <p class="field-error" id=${errorId}></p>
  </div>`;
}

/** An optional "if earlier than today" date: today or empty is sent as nothing (now). */
export function PastDate({ name, label }) {
  return html`<${Field} name=${name} label=${label} type="date" past=${true} max=${todayIso()} hint="Leave empty for today. The clock runs from this date." />`;
}

/** One yes/no checkbox sent as a boolean. */
export function Checkbox({ name, label }) {
  const id = useId(name);
  return html`<div class="field field-check">
    <input type="checkbox" id=${id} name=${name} value="true" data-type="boolean" aria-describedby=${`${id}-error`} />
    <label for=${id}>${label}</label>
    <p class="field-error" id=${`${id}-error`}></p>
  </div>`;
}

/**
 * A form that keeps its draft, shows the API's errors beside its fields and submits once at a
 * time (forms.js onSubmit). After a successful submission the form is emptied: the page it
 * belongs to stays, patched with the answer. Inside a <details>, a restored draft opens it.
 * `keep` leaves the values in place after success (a form asked again and again, like a what-if).
 * @param {{ label: string, draft?: string, action?: string, class?: string, keep?: boolean,
 *   onSend: (values: any, submitter: HTMLButtonElement | null) => Promise<void>, children?: any }} props
 */
export function ActionForm(props) {
  const ref = useRef(/** @type {HTMLFormElement | null} */ (null));
  const send = useRef(props.onSend);
  send.current = props.onSend;
  useLayoutEffect(() => {
    const form = ref.current;
    if (!form) return;
    onSubmit(form, async (values, submitter) => {
      // Found first: the answer may replace this form (e.g. Pause becomes Resume) in the same panel.
      const panel = form.closest('details');
      await send.current(values, submitter);
      if (props.keep) return;
      // Done: the form empties and its panel folds, as the page now shows the result.
      form.reset();
      panel?.removeAttribute('open');
    });
    if (props.draft && keepDraft(form)) {
      const panel = form.closest('details');
      if (panel) panel.open = true;
    }
  }, []);
  return html`<form ref=${ref} novalidate class=${props.class ?? 'stack'} aria-label=${props.label} data-draft=${props.draft} data-action=${props.action}>
    <div class="form-alert" role="alert" tabindex="-1"></div>
    ${props.children}
  </form>`;
}

/** A collapsible panel holding one form; its open state is the user's. */
export function Panel({ title, class: className = 'action-panel', children }) {
  return html`<details class=${className}><summary>${title}</summary>${children}</details>`;
}

/** An instant as the pages write it (UTC date, optionally with the time). */
export function Time({ iso, withTime = false }) {
  if (!iso) return html`<span>—</span>`;
  return html`<time datetime=${iso}>${instantText(iso, withTime)}</time>`;
}

/** A deadline state as an icon and a word, never colour alone. */
export function StateBadge({ state }) {
  if (!state) return html`<span>—</span>`;
  const { icon, label } = stateParts(state);
  return html`<span class=${`badge state-${state}`}><span aria-hidden="true">${icon}</span>${label}</span>`;
}

/** An entry's status as an icon and words. */
export function EntryStatusBadge({ status }) {
  const [label, icon] = entryStatusParts(status);
  return html`<span class=${`badge entry-${status}`}><span aria-hidden="true">${icon}</span>${label}</span>`;
}
