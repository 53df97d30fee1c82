import Negotiator from 'negotiator';
import type { Ctx } from './common/context.js';
import type { AppServices } from './common/services.js';
import { translator } from './common/i18n.js';
import { LANGUAGES, Language, toLanguage } from './common/language.js';
import { resolveViewer } from './modules/access/index.js';
import { currentScope } from './common/request-scope.js';

export interface RequestInfo {
  cookieHeader?: string | null;
  authorizationHeader?: string | null;
  acceptLanguage?: string | null;
  clientAddress?: string | null;
}

function cookieLanguage(cookieHeader: string | null | undefined): Language | null {
  const match = cookieHeader?.match(/(?:^|;\s*)comptoir_lang=([a-z]{2}(?:-[A-Za-z]{2})?)/);
  return match ? toLanguage(match[1]) : null;
}

/** The language a request asks for without a signed-in user: the language cookie, else Accept-Language, else English. */
export function requestLanguage(req: Pick<RequestInfo, 'cookieHeader' | 'acceptLanguage'>): Language {
  const negotiated = new Negotiator({ headers: { 'accept-language': req.acceptLanguage ?? '' } }).language(LANGUAGES);
  return cookieLanguage(req.cookieHeader) ?? toLanguage(negotiated);
}

/**
 * One context per GraphQL operation: a fresh entity manager, the viewer, and the language to answer
 * in (the user's own setting, else the language cookie, else Accept-Language, else English).
 */
export async function buildContext(app: AppServices, req: RequestInfo): Promise<Ctx> {
  const em = app.orm.em.fork();
  const { viewer, setCookies } = await resolveViewer(em, app.auth, {
    cookieHeader: req.cookieHeader,
    authorizationHeader: req.authorizationHeader,
  });
  const scope = currentScope();
  if (scope) scope.viewer = viewer.kind; // for the request's log line
  const userLanguage = viewer.kind === 'staff' || viewer.kind === 'shop' ? viewer.language : null;
  // Integrators read messages in their Accept-Language, like anonymous clients.
  const language = userLanguage ?? requestLanguage(req);
  return {
    em,
    viewer,
    language,
    t: translator(language),
    env: app.env,
    app,
    clientKey: req.clientAddress ?? 'unknown',
    setCookies,
    afterCommit: [],
    loaders: new Map(),
  };
}
