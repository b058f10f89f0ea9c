/**
 * "Was this page useful?" in place. Without this script the buttons open the feedback page (a GET
 * form); with it the answer is posted from the page: a CSRF token is fetched first (the cached page
 * carries none, ADR 023), "Yes" is sent at once, "No" opens the comment box (from the block's
 * <template>) and is sent with or without a comment. A network failure leaves the no-script path.
 */
export function feedback(root: HTMLElement): void {
  const ask = root.querySelector<HTMLFormElement>('form.feedback-ask');
  const status = root.querySelector<HTMLElement>('.feedback-status');
  const more = root.querySelector<HTMLTemplateElement>('template.feedback-more');
  if (!ask || !status || !more) return;
  const page = (ask.elements.namedItem('page') as HTMLInputElement).value;
  const say = (key: 'sending' | 'failed') => (status.textContent = root.dataset[key] ?? '');
  let token: Promise<string> | undefined;

  const getToken = () =>
    (token ??= fetch(root.dataset.token!, { headers: { accept: 'application/json' }, credentials: 'same-origin' }).then(async (r) => {
      if (!r.ok) throw new Error(String(r.status));
      return ((await r.json()) as { token: string }).token;
    }));

  /** Posts the answer; resolves to null when stored, else the message to show (the field named, in the page's language). */
  async function send(useful: 'yes' | 'no', comment = ''): Promise<string | null> {
    const body = new URLSearchParams({ _csrf: await getToken(), page, useful, comment });
    const r = await fetch(ask!.action, { method: 'POST', body, headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (r.ok) return null;
    token = undefined; // a refused token (expired cookie) is not reused
    const e = (await r.json().catch(() => null)) as { error?: { message?: string } } | null;
    return e?.error?.message ?? root.dataset.failed ?? '';
  }

  /** The form gives way to the thanks, which takes the focus (and is read out); the heading stays. */
  const done = (form: HTMLFormElement) => {
    const thanks = Object.assign(document.createElement('p'), { className: 'feedback-thanks', tabIndex: -1, textContent: root.dataset.thanks ?? '' });
    status.textContent = '';
    form.replaceWith(thanks);
    thanks.focus();
  };
  const busy = (form: HTMLFormElement, on: boolean) => form.querySelectorAll('button').forEach((b) => (b.disabled = on));

  ask.addEventListener('submit', (ev) => {
    const useful = (ev.submitter as HTMLButtonElement | null)?.value;
    if (useful !== 'yes' && useful !== 'no') return; // let the form go to the feedback page
    ev.preventDefault();
    if (useful === 'yes') {
      say('sending');
      busy(ask, true);
      send('yes').then(
        (err) => {
          if (err === null) return done(ask);
          status.textContent = err;
          busy(ask, false);
        },
        // A network failure: the page without script does the job.
        () => location.assign(`${ask.action}?${new URLSearchParams({ page, useful })}`),
      );
      return;
    }
    const box = more.content.firstElementChild!.cloneNode(true) as HTMLFormElement;
    ask.replaceWith(box);
    const text = box.querySelector('textarea')!;
    text.focus();
    box.addEventListener('submit', (e2) => {
      e2.preventDefault();
      say('sending');
      busy(box, true);
      send('no', text.value).then(
        (err) => {
          if (err === null) return done(box);
          status.textContent = err;
          busy(box, false);
          text.setAttribute('aria-invalid', 'true');
          text.focus();
        },
        () => {
          say('failed');
          busy(box, false);
        },
      );
    });
  });
}
