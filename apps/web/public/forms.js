import { ApiError } from './api.js';
import { h, uid } from './dom.js';
import { holdDraft } from './drafts.js';
import { todayIso } from './format.js';

/**
 * Form fields whose `name` is the API's field path ('allegation.summary'), so a 400's
 * `fields` land beside the right control. The API is the validator: forms use novalidate.
 */

function describe(control, hintId, errorId) {
  control.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
}

/**
 * @param {{ name: string, label: string, type?: string, required?: boolean, hint?: string, value?: string,
 *   options?: { value: string, label: string }[], rows?: number, min?: string|number, max?: string|number,
 *   past?: boolean, autocomplete?: string, step?: string, inputmode?: string }} spec
 *   `past: true` marks an optional "if earlier than today" date: today or empty is sent as nothing (now).
 */
export function field(spec) {
  const id = uid(spec.name.replace(/\W/g, '-'));
  const hintId = spec.hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const common = { id, name: spec.name, 'aria-required': spec.required ? 'true' : null, autocomplete: spec.autocomplete, inputmode: spec.inputmode };
  let control;
  if (spec.options) {
    control = h('select', common, spec.options.map((o) => h('option', { value: o.value, selected: o.value === spec.value }, o.label)));
  } else if (spec.rows) {
    control = h('textarea', { ...common, rows: spec.rows }, spec.value ?? '');
  } else {
    control = h('input', { ...common, type: spec.type ?? 'text', value: spec.value, min: spec.min, max: spec.max, step: spec.step });
  }
  if (spec.type === 'number') control.dataset.type = 'number';
  if (spec.past) control.dataset.type = 'past-date';
  if (spec.required) control.dataset.required = 'true';
  describe(control, hintId, errorId);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, spec.label, spec.required ? h('span', { class: 'required' }, ' (required)') : null),
    spec.hint ? h('p', { class: 'hint', id: hintId }, spec.hint) : null,
    control,
    h('p', { class: 'field-error', id: errorId }),
  );
}

/** One yes/no checkbox sent as a boolean. */
export function checkbox({ name, label, checked = false }) {
  const id = uid(name);
  const control = h('input', { type: 'checkbox', id, name, value: 'true', checked, dataset: { type: 'boolean' } });
  describe(control, null, `${id}-error`);
  return h('div', { class: 'field field-check' }, control, h('label', { for: id }, label), h('p', { class: 'field-error', id: `${id}-error` }));
}

/** Several checkboxes sent as an array of their values. */
export function checkboxGroup({ name, legend, options, hint }) {
  const errorId = uid(`${name}-error`);
  const hintId = hint ? uid(`${name}-hint`) : null;
  return h(
    'fieldset',
    { class: 'field checkbox-group', dataset: { name }, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') },
    h('legend', {}, legend),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    h(
      'div',
      { class: 'checkbox-list' },
      options.map((o) => {
        const id = uid(name);
        return h('div', { class: 'field-check' }, h('input', { type: 'checkbox', id, name, value: o.value, dataset: { type: 'list' } }), h('label', { for: id }, o.label));
      }),
    ),
    h('p', { class: 'field-error', id: errorId }),
  );
}

/**
 * One choice among a few, sent as the chosen value. Errors for `name` land in the fieldset.
 * @param {{ name: string, legend: string, options: { value: string, label: string, hint?: string }[], value?: string, hint?: string }} spec
 */
export function radioGroup({ name, legend, options, value, hint }) {
  const errorId = uid(`${name}-error`);
  const hintId = hint ? uid(`${name}-hint`) : null;
  return h(
    'fieldset',
    { class: 'field radio-group', dataset: { name }, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') },
    h('legend', {}, legend),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    options.map((o) => {
      const id = uid(name);
      return h(
        'div',
        { class: 'field-check' },
        h('input', { type: 'radio', id, name, value: o.value, checked: o.value === value }),
        h('label', { for: id }, o.label, o.hint ? h('span', { class: 'hint' }, ` — ${o.hint}`) : null),
      );
    }),
    h('p', { class: 'field-error', id: errorId }),
  );
}

/** The form's own alert, filled on errors that belong to no single field. */
export function formAlert() {
  return h('div', { class: 'form-alert', role: 'alert', tabindex: '-1' });
}

/** @param {Record<string, any>} attrs @param {...any} children @returns {HTMLFormElement} */
export function form(attrs, ...children) {
  return h('form', { novalidate: true, ...attrs }, ...children);
}

function setPath(target, path, value) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = node[part] ??= {};
  node[parts[parts.length - 1]] = value;
}

/** The form as the API's JSON body; empty optional fields, and fields hidden for now, are left out. */
export function readForm(formEl) {
  const body = {};
  for (const el of formEl.elements) {
    if (!el.name || el.type === 'submit' || el.type === 'button' || el.closest('[hidden]')) continue;
    const type = el.dataset.type;
    if (el.type === 'radio') {
      if (el.checked) setPath(body, el.name, el.value);
    } else if (type === 'list') {
      const list = [...formEl.querySelectorAll(`input[name="${el.name}"]:checked`)].map((c) => c.value);
      setPath(body, el.name, list);
    } else if (type === 'boolean') {
      setPath(body, el.name, el.checked);
    } else {
      const value = el.value.trim();
      if (value === '' && !el.dataset.required) continue;
      if (type === 'past-date' && value === todayIso()) continue;
      setPath(body, el.name, type === 'number' && value !== '' ? Number(value) : value);
    }
  }
  return body;
}

export function clearErrors(formEl) {
  for (const p of formEl.querySelectorAll('.field-error')) p.textContent = '';
  for (const el of formEl.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const alert = formEl.querySelector('.form-alert');
  if (alert) alert.replaceChildren();
}

/** The sentence a page shows for an error that is not about one field. */
export function errorSentence(error) {
  if (!(error instanceof ApiError)) return 'Something went wrong in this page. Reload it and try again.';
  if (error.status === 403) return `You are not allowed to do this. ${error.message}`;
  if (error.status >= 500) return 'The server could not do this just now. Try again in a moment.';
  return error.message;
}

/** Puts each 400 message beside its field (aria-invalid, aria-describedby), the rest in the form's alert. */
export function showErrors(formEl, error) {
  const alert = formEl.querySelector('.form-alert');
  const unplaced = [];
  let first = null;
  const fields = error instanceof ApiError && error.status === 400 ? error.fields : {};
  for (const [path, messages] of Object.entries(fields)) {
    const group = formEl.querySelector(`fieldset[data-name="${path}"]`);
    const control = group ?? [...formEl.elements].find((el) => el.name === path);
    const errorId = control?.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-error'));
    const slot = errorId ? document.getElementById(errorId) : null;
    if (!control || !slot) {
      unplaced.push(`${path}: ${messages.join('; ')}`);
      continue;
    }
    slot.textContent = messages.join('; ');
    control.setAttribute('aria-invalid', 'true');
    first ??= group ? group.querySelector('input') : control;
  }
  const placed = Object.keys(fields).length - unplaced.length;
  const lines = placed > 0 ? ['Some answers need correcting: see the messages beside the fields.', ...unplaced] : [errorSentence(error), ...unplaced];
  alert?.replaceChildren(...lines.map((line) => h('p', {}, line)));
  (first ?? alert)?.focus();
}

/**
 * Submits once at a time: the buttons are disabled while the request runs, errors are shown,
 * and the draft is discarded on success (kept on failure). A 401 is left to the session handler (back to sign-in,
 * the draft kept).
 * @param {HTMLFormElement} formEl
 * @param {(values: any, submitter: HTMLButtonElement | null) => Promise<void>} action
 */
export function onSubmit(formEl, action) {
  formEl.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (formEl.getAttribute('aria-busy') === 'true') return;
    const buttons = [...formEl.querySelectorAll('button')];
    formEl.setAttribute('aria-busy', 'true');
    buttons.forEach((b) => (b.disabled = true));
    clearErrors(formEl);
    const putBack = holdDraft(formEl);
    try {
      await action(readForm(formEl), /** @type {HTMLButtonElement | null} */ (event.submitter));
    } catch (error) {
      putBack();
      if (!(error instanceof ApiError && error.sessionEnded)) showErrors(formEl, error);
      if (!(error instanceof ApiError)) console.error(error);
    } finally {
      formEl.setAttribute('aria-busy', 'false');
      buttons.forEach((b) => (b.disabled = false));
    }
  });
}
