// The user's Google connection: their own OAuth client (Client ID in the settings file,
// Client Secret in the vault), the desktop sign-in (system browser, loopback redirect, PKCE,
// state), the refresh token, and the state the UI shows. The refresh token and the secret
// never leave this module except inside the OAuth2Client it hands to the sync engine.
import { OAuth2Client } from 'google-auth-library';
import type { GoogleStatus } from '../../src-preload/contract';
import type { StoredValue } from '../settings/stored-value';
import type { GoogleEndpoints } from '../google/endpoints';
import { rememberSecret } from '../../src-preload/redact';
import { AuthFailure, CallFailed, GoogleGateway } from '../google/gateway';
import { listenForCallback } from './loopback-server';
import { createPkcePair, createState } from './pkce';
import { problem, problemFromError, problemOfFailure } from './sign-in-guide';
import type { GoogleFailure } from '../google/errors';
import type { GoogleProblem } from './sign-in-guide';
import type { TokenVault } from './token-vault';

export const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar';

/** What is kept about the connection outside the vault (nothing secret). */
export interface GoogleConfig {
  enabled: boolean;
  clientId: string;
  account: string | null;
  primaryCalendar: { id: string; summary: string; timeZone?: string } | null;
  needsReconnect: boolean;
}

export interface GoogleAccountDeps {
  endpoints: GoogleEndpoints;
  config: StoredValue<GoogleConfig>;
  vault: TokenVault;
  /** Opens the consent page in the user's browser; false when that failed. */
  openBrowser(url: string): Promise<boolean>;
  signInTimeoutMs?: number;
}

export class GoogleAccount {
  private config: GoogleConfig;
  private signIn: { cancel(): void; authUrl: string } | null = null;
  private lastProblem: GoogleProblem | null = null;
  private readonly listeners = new Set<(status: GoogleStatus) => void>();

  constructor(private readonly deps: GoogleAccountDeps) {
    this.config = readConfig(deps.config.read());
  }

  onStatus(listener: (status: GoogleStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async status(): Promise<GoogleStatus> {
    const secret = await this.deps.vault.get('clientSecret');
    const refresh = await this.deps.vault.get('refreshToken');
    const configured = this.config.enabled && this.config.clientId !== '' && secret !== null;
    const state = !configured
      ? 'not-configured'
      : this.signIn
        ? 'signing-in'
        : this.config.needsReconnect
          ? 'reconnect'
          : refresh && this.config.account
            ? 'connected'
            : 'ready';
    return {
      enabled: this.config.enabled,
      clientId: this.config.clientId,
      secretHint: secret ? `••••••••${secret.slice(-4)}` : null,
      state,
      account: this.config.account,
      authUrl: this.signIn?.authUrl ?? null,
      storageWarning: this.deps.vault.storageWarning,
      problem: this.lastProblem,
    };
  }

  /** Saves the integration switch and credentials. An empty secret keeps the stored one. */
  async saveCredentials(input: {
    enabled: boolean;
    clientId: string;
    clientSecret?: string;
  }): Promise<GoogleStatus> {
    const clientId = input.clientId.trim();
    const changedClient =
      clientId !== this.config.clientId || (input.clientSecret?.trim() ?? '') !== '';
    if (input.clientSecret?.trim())
      await this.deps.vault.set('clientSecret', input.clientSecret.trim());
    this.config = { ...this.config, enabled: input.enabled, clientId };
    if (changedClient && this.config.account) {
      // A refresh token belongs to the client that issued it; a new client means a new sign-in.
      await this.deps.vault.set('refreshToken', null);
      this.config = { ...this.config, account: null, primaryCalendar: null, needsReconnect: false };
    }
    this.lastProblem = null;
    return this.saveAndAnnounce();
  }

  /**
   * Checks the Client ID and Secret without signing in: Google's token endpoint judges the
   * client before the code, so a made-up code answers invalid_client for wrong credentials,
   * redirect_uri_mismatch for a non-desktop client, and invalid_grant when all is well.
   */
  async testConnection(): Promise<{ ok: boolean; message: string }> {
    const client = await this.client();
    if (!client)
      return {
        ok: false,
        message: `${problem('not_configured').title} ${problem('not_configured').fix}`,
      };
    try {
      await client.getToken({
        code: 'almanac-connection-test',
        redirect_uri: 'http://127.0.0.1:1/oauth2/callback',
        codeVerifier: createPkcePair().verifier,
      });
      return { ok: true, message: 'Google accepted this Client ID and Secret.' };
    } catch (error) {
      const found = problemFromError(error);
      if (found.code === 'invalid_grant')
        return {
          ok: true,
          message:
            'Google accepted this Client ID and Secret. Click “Sync with Google” to sign in.',
        };
      return { ok: false, message: `${found.title} ${found.fix}` };
    }
  }

  /** Runs the whole sign-in; resolves with the final status (connected, or the problem). */
  async connect(): Promise<GoogleStatus> {
    if (this.signIn) return this.status();
    const client = await this.client();
    if (!client) return this.fail(problem('not_configured'));
    const pkce = createPkcePair();
    const state = createState();
    const listener = await listenForCallback(state, { timeoutMs: this.deps.signInTimeoutMs });
    const authUrl = client.generateAuthUrl({
      access_type: 'offline',
      prompt: 'consent',
      scope: [CALENDAR_SCOPE],
      state,
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256' as never,
      redirect_uri: listener.redirectUri,
      login_hint: this.config.account ?? undefined,
    });
    this.signIn = { cancel: listener.cancel, authUrl };
    this.lastProblem = null;
    await this.announce();
    if (!(await this.deps.openBrowser(authUrl))) {
      // Keep waiting: the person can still paste the address into a browser themselves.
      this.lastProblem = problem('browser_failed');
      await this.announce();
    }

    const outcome = await listener.outcome;
    this.signIn = null;
    if (outcome.kind === 'timeout') return this.fail(problem('timeout'));
    if (outcome.kind === 'cancelled') return this.fail(problem('cancelled'));
    if (outcome.kind === 'error')
      return this.fail(problem(outcome.error, outcome.description ?? undefined));
    if (outcome.scope !== null && !outcome.scope.split(' ').includes(CALENDAR_SCOPE))
      return this.fail(problem('scope_missing'));

    try {
      const { tokens } = await client.getToken({
        code: outcome.code,
        codeVerifier: pkce.verifier,
        redirect_uri: listener.redirectUri,
      });
      if (!tokens.refresh_token) return this.fail(problem('invalid_grant'));
      if (tokens.scope && !tokens.scope.split(' ').includes(CALENDAR_SCOPE))
        return this.fail(problem('scope_missing'));
      client.setCredentials(tokens);
      const google = new GoogleGateway({ client, apiRoot: this.deps.endpoints.apiRoot });
      const primary = await google.calendar('primary');
      await this.deps.vault.set('refreshToken', tokens.refresh_token);
      this.config = {
        ...this.config,
        account: primary.id ?? null,
        primaryCalendar: {
          id: primary.id ?? 'primary',
          summary: primary.summary ?? 'Calendar',
          timeZone: primary.timeZone ?? undefined,
        },
        needsReconnect: false,
      };
      this.lastProblem = null;
      return this.saveAndAnnounce();
    } catch (error) {
      return this.fail(
        error instanceof CallFailed || error instanceof AuthFailure
          ? problemOfFailure(error.failure)
          : problemFromError(error),
      );
    }
  }

  async cancelSignIn(): Promise<GoogleStatus> {
    this.signIn?.cancel();
    return this.status();
  }

  /** Revokes the grant at Google (best effort), wipes it here, keeps every local event. */
  async disconnect(): Promise<GoogleStatus> {
    const refresh = await this.deps.vault.get('refreshToken');
    const client = await this.client();
    if (refresh && client) {
      try {
        await client.revokeToken(refresh);
      } catch {
        // Already revoked or Google unreachable: the token is wiped here either way.
      }
    }
    await this.deps.vault.set('refreshToken', null);
    this.config = { ...this.config, account: null, primaryCalendar: null, needsReconnect: false };
    this.lastProblem = null;
    return this.saveAndAnnounce();
  }

  /**
   * An OAuth2Client holding the refresh token, for the sync engine. google-auth-library
   * refreshes the access token ahead of expiry and runs one refresh at a time; when Google
   * answers invalid_grant, `reportAuthFailure` turns the account into "Reconnect".
   */
  async authorizedClient(): Promise<OAuth2Client | null> {
    const refresh = await this.deps.vault.get('refreshToken');
    const client = await this.client();
    if (!refresh || !client || this.config.needsReconnect) return null;
    client.setCredentials({ refresh_token: refresh });
    return client;
  }

  /** Google refused the sign-in during a sync: a grant it no longer honours asks for "Reconnect". */
  async reportAuthFailure(failure: GoogleFailure): Promise<GoogleStatus> {
    const found = problemOfFailure(failure);
    if (
      found.code === 'invalid_grant' ||
      found.code === 'invalid_client' ||
      found.code === 'unauthorized_client'
    ) {
      this.config = { ...this.config, needsReconnect: true };
      this.deps.config.write(this.config);
    }
    this.lastProblem = found;
    await this.announce();
    return this.status();
  }

  private async client(): Promise<OAuth2Client | null> {
    const secret = await this.deps.vault.get('clientSecret');
    if (!this.config.enabled || !this.config.clientId || !secret) return null;
    const { endpoints } = this.deps;
    const client = new OAuth2Client({
      clientId: this.config.clientId,
      clientSecret: secret,
      endpoints: {
        oauth2AuthBaseUrl: endpoints.authUrl,
        oauth2TokenUrl: endpoints.tokenUrl,
        oauth2RevokeUrl: endpoints.revokeUrl,
        tokenInfoUrl: endpoints.tokenInfoUrl,
      },
    });
    // Every token Google hands this client (code exchange, each refresh) is kept out of the logs.
    client.on('tokens', (tokens) => {
      for (const token of [tokens.access_token, tokens.refresh_token, tokens.id_token])
        rememberSecret(token);
    });
    return client;
  }

  private async fail(found: GoogleProblem): Promise<GoogleStatus> {
    this.signIn = null;
    this.lastProblem = found;
    await this.announce();
    return this.status();
  }

  private async saveAndAnnounce(): Promise<GoogleStatus> {
    this.deps.config.write(this.config);
    return this.announce();
  }

  private async announce(): Promise<GoogleStatus> {
    const status = await this.status();
    for (const listener of this.listeners) listener(status);
    return status;
  }
}

function readConfig(stored: unknown): GoogleConfig {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<GoogleConfig>;
  return {
    enabled: s.enabled === true,
    clientId: typeof s.clientId === 'string' ? s.clientId : '',
    account: typeof s.account === 'string' ? s.account : null,
    primaryCalendar:
      s.primaryCalendar && typeof s.primaryCalendar.id === 'string' ? s.primaryCalendar : null,
    needsReconnect: s.needsReconnect === true,
  };
}
