import { json, type ServerBuild } from '@remix-run/node';
import type { TFunction } from 'i18next';

/**
 * The server build with every route action's `request.formData()` answering a body it cannot read
 * (a JSON body, a broken multipart) with a 400 and a translated reason, thrown as a response
 * (the route's error boundary shows it), instead of the TypeError that made it a 500. Done once on
 * the build so that every action, present and future, is covered without each reading its form
 * through a helper of its own.
 */
export function withReadableFormErrors(build: ServerBuild, t: (request: Request) => TFunction): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => {
      const action = route.module.action;
      if (!action) return [id, route];
      const guarded: typeof action = (args) => {
        const { request } = args;
        const formData = request.formData.bind(request);
        request.formData = async () => {
          try {
            return await formData();
          } catch {
            throw json({ code: 'BAD_REQUEST', message: t(request)('errors.badForm') }, { status: 400 });
          }
        };
        return action(args);
      };
      return [id, { ...route, module: { ...route.module, action: guarded } }];
    }),
  );
  return { ...build, routes };
}
