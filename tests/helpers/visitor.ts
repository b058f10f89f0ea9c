/** An anonymous visitor of the public forms: its own address and cookie jar, like one browser; keeps the form's CSRF token. */
import type { TestApp } from './app.ts';

export class Visitor {
  jar = new Map<string, string>();
  token = '';
  constructor(
    private readonly t: TestApp,
    readonly ip: string,
  ) {}
  private cookie() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  /** The injected response, with `status` as a short name for its status code. */
  private seen<R extends { statusCode: number; body: string }>(r: R) {
    this.token = /name="_csrf" value="([^"]+)"/.exec(r.body)?.[1] ?? this.token;
    return Object.assign(r, { status: r.statusCode });
  }
  async get(url: string, headers: Record<string, string> = {}) {
    const r = await this.t.app.inject({ url, remoteAddress: this.ip, headers: { cookie: this.cookie(), ...headers } });
    for (const c of r.cookies) this.jar.set(c.name, c.value);
    return this.seen(r);
  }
  /** Posts a form with the last token seen (or `token`); `cookies: false` sends none; `json` asks for JSON. */
  async post(url: string, fields: Record<string, string>, o: { token?: string; cookies?: boolean; json?: boolean } = {}) {
    const payload = new URLSearchParams({ _csrf: o.token ?? this.token, ...fields }).toString();
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', cookie: o.cookies === false ? '' : this.cookie() };
    if (o.json) headers.accept = 'application/json';
    return this.seen(await this.t.app.inject({ method: 'POST', url, remoteAddress: this.ip, payload, headers }));
  }
}
