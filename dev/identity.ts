import { ComponentType, useEffect } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  BackstageIdentityApi,
  BackstageUserIdentity,
  IdentityApi,
  ProfileInfo,
  ProfileInfoApi,
  SessionApi,
  SessionState,
  SignInPageProps,
  createApiFactory,
  createApiRef,
} from '@backstage/core-plugin-api';
import type { DevAppBuilder } from '@backstage/dev-utils';
import {
  createExtension,
  createExtensionDataRef,
} from '@backstage/frontend-plugin-api';
import { guestUser } from './techdocs/catalog';

/**
 * Who the dev apps are signed in as: `user:default/guest`, owning through
 * itself and its group `group:default/platform-team`.
 *
 * @public
 */
export const devUserIdentity: BackstageUserIdentity = {
  type: 'user',
  userEntityRef: stringifyEntityRef(guestUser),
  ownershipEntityRefs: [
    stringifyEntityRef(guestUser),
    ...(guestUser.spec.memberOf ?? []),
  ],
};

/**
 * The profile of the dev identity.
 *
 * @public
 */
export const devProfile: ProfileInfo = {
  displayName: guestUser.spec.profile?.displayName,
  email: guestUser.spec.profile?.email,
};

/**
 * An `IdentityApi` for the dev identity. It has no token, as there is no
 * backend to issue one.
 *
 * @public
 */
export const devIdentityApi: IdentityApi = {
  getProfileInfo: async () => devProfile,
  getBackstageIdentity: async () => devUserIdentity,
  getCredentials: async () => ({}),
  signOut: async () => {},
};

// --- Legacy frontend system (@backstage/dev-utils) ---------------------------

/**
 * An auth provider API that is always signed in as the dev identity, so the
 * legacy sign-in page can offer it as a provider.
 *
 * @public
 */
export const devIdentityAuthApiRef = createApiRef<
  ProfileInfoApi & BackstageIdentityApi & SessionApi
>({ id: 'plugin.persona-docs.dev-identity-auth' });

const DEV_IDENTITY_PROVIDER_ID = 'dev-identity';

// The legacy SignInPage signs in silently with the provider whose id is stored
// under this key (it is how it remembers the last choice), so selecting our
// provider up front skips the sign-in page.
const SIGN_IN_PROVIDER_STORAGE_KEY = '@backstage/core:SignInPage:provider';

// The dev identity never signs out of its (non-existent) session.
const signedInSessionState: ReturnType<SessionApi['sessionState$']> = {
  [Symbol.observable]() {
    return signedInSessionState;
  },
  subscribe(
    observerOrNext?:
      | { next?(state: SessionState): void }
      | ((state: SessionState) => void),
  ) {
    const next =
      typeof observerOrNext === 'function'
        ? observerOrNext
        : observerOrNext?.next?.bind(observerOrNext);
    next?.(SessionState.SignedIn);
    return { closed: true, unsubscribe: () => {} };
  },
};

/**
 * Makes a legacy dev app sign in as the dev identity without a backend and
 * without a prompt: registers a sign-in provider for it and preselects that
 * provider. "Sign Out" reloads the app, which then signs in again.
 *
 * @public
 */
export function signInAsDevIdentity(builder: DevAppBuilder): DevAppBuilder {
  window.localStorage.setItem(
    SIGN_IN_PROVIDER_STORAGE_KEY,
    DEV_IDENTITY_PROVIDER_ID,
  );
  return builder
    .registerApi(
      createApiFactory({
        api: devIdentityAuthApiRef,
        deps: {},
        factory: () => ({
          getProfile: async () => devProfile,
          getBackstageIdentity: async () => ({
            token: '',
            identity: devUserIdentity,
          }),
          signIn: async () => {},
          signOut: async () => {},
          sessionState$: () => signedInSessionState,
        }),
      }),
    )
    .addSignInProvider({
      id: DEV_IDENTITY_PROVIDER_ID,
      title: 'Dev identity',
      message: `Sign in as ${devUserIdentity.userEntityRef} without a backend`,
      apiRef: devIdentityAuthApiRef,
    });
}

// --- New frontend system (@backstage/frontend-dev-utils) ---------------------

// The data ref of SignInPageBlueprint from @backstage/plugin-app-react, which
// this package does not depend on; extension data is matched by id.
const signInPageComponentDataRef = createExtensionDataRef<
  ComponentType<SignInPageProps>
>().with({ id: 'core.sign-in-page.component' });

function DevIdentitySignInPage({ onSignInSuccess }: SignInPageProps) {
  useEffect(() => onSignInSuccess(devIdentityApi), [onSignInSuccess]);
  return null;
}

/**
 * A sign-in page for new frontend system apps that signs in as the dev
 * identity at once. Install it in a module for the `app` plugin: it then
 * replaces `sign-in-page:app`, which `createDevApp` of
 * `@backstage/frontend-dev-utils` disables (leaving the app signed in as a
 * group-less guest).
 *
 * @public
 */
export const devIdentitySignInPage = createExtension({
  kind: 'sign-in-page',
  attachTo: { id: 'app/root', input: 'signInPage' },
  output: [signInPageComponentDataRef],
  factory: () => [signInPageComponentDataRef(DevIdentitySignInPage)],
});
