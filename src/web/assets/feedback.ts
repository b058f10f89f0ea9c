/**
 * "Was this page useful?" in place. Without this script the buttons open the feedback page (a GET
 * form); with it the answer is posted from the page: a CSRF token is fetched first (the cached page
 * carries none, ADR 023), "Yes" is sent at once, "No" opens the comment box (from the block's
 * <template>) and is sent with or without a comment. Any failure leaves the no-script path.
 */
export function feedback(root: HTMLElement): void {
  const ask = root.querySelector<HTMLFormElement>('form.feedback-ask');
  const status = root.querySelector<HTMLElement>('.feedback-status');
  const more = root.querySelector<HTMLTemplateElement>('template.feedback-more');
  if (!ask || !status || !more) return;
  const page = (ask.elements.namedItem('page') as HTMLInputElement).value;
  let token: Promise<string> | undefined;

  const getToken = () =>
    (token ??= fetch(root.dataset.token!, { headers: { accept: 'application/json' }, credentials: 'same-origin' }).then(async (r) => {
      if (!r.ok) throw new Error(String(r.status));
      return ((await r.json()) as { token: string }).token;
    }));

  /** Posts the answer; resolves to null when stored, else the message to show (named field, in the page's language). */
  async function send(useful: 'yes' | 'no', comment = ''): Promise<string | null> {
    const body = new URLSearchParams({ _csrf: await getToken(), page, useful, comment });
    const r = await fetch(ask!.action, { method: 'POST', body, headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (r.ok) return null;
    const e = (await r.json().catch(() => null)) as { error?: { message?: string } } | null;
    return e?.error?.message ?? root.dataset.failed ?? '';
  }

  const done = () => {
    root.replaceChildren(Object.assign(document.createElement('p'), { className: 'feedback-thanks', tabIndex: -1, textContent: root.dataset.thanks ?? '' }));
    root.setAttribute('role', 'status');
    (root.firstElementChild as HTMLElement).focus();
  };

  ask.addEventListener('submit', (ev) => {
    const useful = (ev.submitter as HTMLButtonElement | null)?.value;
    if (useful !== 'yes' && useful !== 'no') return; // let the form go to the feedback page
    ev.preventDefault();
    if (useful === 'yes') {
      status.textContent = root.dataset.sending ?? '';
      // A network failure: the page without script does the job.
      send('yes').then((err) => (err === null ? done() : (status.textContent = err)), () => location.assign(`${ask.action}?${new URLSearchParams({ page, useful })}`));
      return;
    }
    const box = more.content.firstElementChild!.cloneNode(true) as HTMLFormElement;
    ask.replaceWith(box);
    const text = box.querySelector('textarea')!;
    text.focus();
    box.addEventListener('submit', (e2) => {
      e2.preventDefault();
      status.textContent = root.dataset.sending ?? '';
      send('no', text.value).then(
        (err) => {
          if (err === null) return done();
          status.textContent = err;
          text.setAttribute('aria-invalid', 'true');
          text.focus();
        },
        () => (status.textContent = root.dataset.failed ?? ''),
      );
    });
  });
}
