import { useEffect } from 'preact/hooks';
import { api } from './api.js';
import { announce, onLive } from './live.js';

/**
 * Keeps one record's page in step with the live stream: when events of the record arrive that
 * `isNew` accepts, the record is read again and handed to `apply`, and `said` is announced to
 * screen readers; an answer overtaken by a later request is dropped. Set up once per page.
 * @param {{ current: HTMLElement | null }} page
 * @param {{ stream: string, id: string, path: string, isNew?: (events: any[]) => boolean, apply: (next: any) => void, said: (next: any) => string }} record
 */
export function useLiveRecord(page, { stream, id, path, isNew = () => true, apply, said }) {
  useEffect(() => {
    if (!page.current) return undefined;
    let asked = 0;
    return onLive(
      page.current,
      (e) => e.stream === stream && e.id === id,
      (events) => {
        if (!isNew(events)) return;
        const mine = ++asked;
        api(path)
          .then((next) => {
            if (mine !== asked) return;
            apply(next);
            announce(said(next));
          })
          .catch(() => undefined);
      },
    );
  }, []);
}

/**
 * Moves focus to the page's status line when a step the user took reports its result there (not
 * when a live update changed the page: focus stays where the user is).
 * @param {{ focus?: boolean, message?: string | null }} shown
 * @param {{ current: HTMLElement | null }} status
 */
export function useStatusFocus(shown, status) {
  useEffect(() => {
    if (shown.focus && shown.message && status.current?.isConnected) status.current.focus();
  }, [shown]);
}
