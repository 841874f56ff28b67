import { lastUser } from './session.js';

/**
 * Unsent form values survive an expired session: every form with `data-draft` saves what is typed
 * in sessionStorage (per user, page and form) and gets it back when the page is shown again.
 * A successful submission discards the draft; signing out discards them all.
 */
const PREFIX = 'mou.draft:';

function keyOf(form) {
  return `${PREFIX}${lastUser()?.id ?? 'anonymous'}:${location.pathname}:${form.dataset.draft}`;
}

function fieldsOf(form) {
  return [...form.elements].filter((el) => el.name && el.type !== 'password' && el.type !== 'submit' && el.type !== 'button');
}

function snapshot(form) {
  /** @type {Record<string, string | string[]>} */
  const values = {};
  for (const el of fieldsOf(form)) {
    if (el.type === 'checkbox') {
      const list = [...(values[el.name] ?? [])];
      if (el.checked) list.push(el.value);
      values[el.name] = list;
    } else if (el.type === 'radio') {
      if (el.checked) values[el.name] = el.value;
    } else {
      values[el.name] = el.value;
    }
  }
  return values;
}

function restore(form, values) {
  for (const el of fieldsOf(form)) {
    if (!(el.name in values)) continue;
    const value = values[el.name];
    if (el.type === 'checkbox') el.checked = Array.isArray(value) && value.includes(el.value);
    else if (el.type === 'radio') el.checked = value === el.value;
    else el.value = value;
  }
}

/** Restores the form's draft (if any) and keeps saving it; returns whether a draft was restored. */
export function keepDraft(form) {
  const key = keyOf(form);
  form.dataset.draftKey = key;
  const saved = sessionStorage.getItem(key);
  if (saved) restore(form, JSON.parse(saved));
  const save = () => sessionStorage.setItem(key, JSON.stringify(snapshot(form)));
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  return Boolean(saved);
}

/**
 * Takes the draft out while the form is being sent (so a page re-rendered on success starts
 * empty) and returns a function that saves the form's values again if sending fails.
 */
export function holdDraft(form) {
  if (!form.dataset.draft) return () => {};
  const key = form.dataset.draftKey ?? keyOf(form);
  sessionStorage.removeItem(key);
  return () => sessionStorage.setItem(key, JSON.stringify(snapshot(form)));
}

export function discardAllDrafts() {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
}
