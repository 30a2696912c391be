// The user's Google connection: their own OAuth client (Client ID in the settings file,
// Client Secret in the vault), the desktop sign-in (system browser, loopback redirect, PKCE,
// state), and the accounts signed in through it, each with its own refresh token in its own
// vault entry. A refresh token never leaves this module except inside an OAuth2Client made
// for that one account, which is all the sync engine of that account is given.
import { OAuth2Client } from 'google-auth-library';
import type { AccountStatus, ConnectionTest, GoogleStatus } from '../../src-preload/contract';
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
import type { SignInPageWords } from '../../src-preload/sign-in-page-words';
import { migrateVault, readConfig, refreshTokenName } from './account-registry';
import type { AccountEntry, GoogleConfig } from './account-registry';

export type { AccountEntry, GoogleConfig } from './account-registry';

export const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar';

export interface GoogleAccountDeps {
  endpoints: GoogleEndpoints;
  /** What is kept outside the vault; an older one-account file is upgraded when read. */
  config: StoredValue<GoogleConfig>;
  vault: TokenVault;
  /** Opens the consent page in the user's browser; false when that failed. */
  openBrowser(url: string): Promise<boolean>;
  signInTimeoutMs?: number;
  /** The words of the page the browser shows when Google sends the person back. */
  pageWords?(browserLanguages: string[]): SignInPageWords;
}

/** One account as its sync engine and Reset Account see it: its own client, its own failures. */
export interface AccountHandle {
  readonly email: string;
  authorizedClient(): Promise<OAuth2Client | null>;
  reportAuthFailure(failure: GoogleFailure): Promise<unknown>;
}

export class GoogleAccount {
  private config: GoogleConfig;
  private signIn: { cancel(): void; authUrl: string } | null = null;
  /** The last sign-in's problem (it belongs to no account yet). */
  private lastProblem: GoogleProblem | null = null;
  /** What Google last refused per account during a sync. */
  private readonly accountProblems = new Map<string, GoogleProblem>();
  private readonly listeners = new Set<(status: GoogleStatus) => void>();

  constructor(private readonly deps: GoogleAccountDeps) {
    const stored = deps.config.read();
    this.config = readConfig(stored);
    migrateVault(deps.vault, this.config);
    // A file of the one-account shape is written back upgraded at once, so it is read only once.
    if (stored && typeof stored === 'object' && 'account' in stored) deps.config.write(this.config);
  }

  onStatus(listener: (status: GoogleStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async status(): Promise<GoogleStatus> {
    const secret = await this.deps.vault.get('clientSecret');
    const configured = this.config.enabled && this.config.clientId !== '' && secret !== null;
    const accounts = configured ? this.accountStates() : [];
    const state = !configured
      ? 'not-configured'
      : this.signIn
        ? 'signing-in'
        : accounts.some((a) => a.state === 'connected')
          ? 'connected'
          : accounts.length > 0
            ? 'reconnect'
            : 'ready';
    return {
      enabled: this.config.enabled,
      clientId: this.config.clientId,
      secretHint: secret ? `••••••••${secret.slice(-4)}` : null,
      state,
      account: accounts[0]?.email ?? null,
      accounts,
      authUrl: this.signIn?.authUrl ?? null,
      storageWarning: this.deps.vault.storageWarning,
      problem:
        this.lastProblem ?? (accounts[0] && this.accountProblems.get(accounts[0].email)) ?? null,
    };
  }

  /**
   * The accounts signed in with the app's client, read at once (sync follows it without
   * waiting for the vault to decrypt anything): each with a stored grant, or one to reconnect.
   */
  accountStates(): AccountStatus[] {
    if (!this.config.enabled || !this.config.clientId || !this.deps.vault.has('clientSecret'))
      return [];
    return this.config.accounts
      .filter((a) => a.needsReconnect || this.deps.vault.has(refreshTokenName(a.email)))
      .map((a): AccountStatus => ({
        email: a.email,
        state: a.needsReconnect ? 'reconnect' : 'connected',
        problem: this.accountProblems.get(a.email) ?? null,
      }));
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
    if (changedClient && this.config.accounts.length > 0) {
      // A refresh token belongs to the client that issued it; a new client means new sign-ins.
      for (const entry of this.config.accounts)
        await this.deps.vault.set(refreshTokenName(entry.email), null);
      this.config = { ...this.config, accounts: [] };
      this.accountProblems.clear();
    }
    this.lastProblem = null;
    return this.saveAndAnnounce();
  }

  /**
   * Checks the Client ID and Secret without signing in: Google's token endpoint judges the
   * client before the code, so a made-up code answers invalid_client for wrong credentials,
   * redirect_uri_mismatch for a non-desktop client, and invalid_grant when all is well.
   */
  async testConnection(): Promise<ConnectionTest> {
    const client = await this.client();
    if (!client)
      return {
        ok: false,
        code: 'not_configured',
        message: `${problem('not_configured').title} ${problem('not_configured').fix}`,
      };
    try {
      await client.getToken({
        code: 'almanac-connection-test',
        redirect_uri: 'http://127.0.0.1:1/oauth2/callback',
        codeVerifier: createPkcePair().verifier,
      });
      return { ok: true, code: 'accepted', message: 'Google accepted this Client ID and Secret.' };
    } catch (error) {
      const found = problemFromError(error);
      if (found.code === 'invalid_grant')
        return {
          ok: true,
          code: 'accepted-sign-in',
          message:
            'Google accepted this Client ID and Secret. Click “Sync with Google” to sign in.',
        };
      return { ok: false, code: found.code, message: `${found.title} ${found.fix}` };
    }
  }

  /**
   * Runs the whole sign-in; resolves with the final status (connected, or the problem).
   * With `reconnect`, Google is hinted at that account; whichever account the person
   * consents with is the one stored, under its own address (a new one is added).
   */
  async connect(reconnect?: string): Promise<GoogleStatus> {
    if (this.signIn) return this.status();
    const client = await this.client();
    if (!client) return this.fail(problem('not_configured'));
    const pkce = createPkcePair();
    const state = createState();
    const listener = await listenForCallback(state, {
      timeoutMs: this.deps.signInTimeoutMs,
      words: this.deps.pageWords,
    });
    const authUrl = client.generateAuthUrl({
      access_type: 'offline',
      prompt: reconnect ? 'consent' : 'consent select_account',
      scope: [CALENDAR_SCOPE],
      state,
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256' as never,
      redirect_uri: listener.redirectUri,
      login_hint: reconnect ?? undefined,
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
      if (!primary.id) return this.fail(problem('invalid_grant'));
      const entry: AccountEntry = {
        email: primary.id,
        primaryCalendar: {
          id: primary.id,
          summary: primary.summary ?? 'Calendar',
          timeZone: primary.timeZone ?? undefined,
        },
        needsReconnect: false,
      };
      await this.deps.vault.set(refreshTokenName(entry.email), tokens.refresh_token);
      const known = this.config.accounts.some((a) => same(a.email, entry.email));
      this.config = {
        ...this.config,
        accounts: known
          ? this.config.accounts.map((a) => (same(a.email, entry.email) ? entry : a))
          : [...this.config.accounts, entry],
      };
      this.accountProblems.delete(entry.email);
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

  /**
   * Revokes one account's grant at Google (best effort) and wipes it here; without an
   * address, every account. Its local events are the caller's business (Preferences asks).
   */
  async disconnect(email?: string): Promise<GoogleStatus> {
    const leaving = this.config.accounts.filter((a) => email === undefined || same(a.email, email));
    const client = await this.client();
    for (const entry of leaving) {
      const name = refreshTokenName(entry.email);
      const refresh = await this.deps.vault.get(name);
      if (refresh && client) {
        try {
          await client.revokeToken(refresh);
        } catch {
          // Already revoked or Google unreachable: the token is wiped here either way.
        }
      }
      await this.deps.vault.set(name, null);
      this.accountProblems.delete(entry.email);
    }
    this.config = {
      ...this.config,
      accounts: this.config.accounts.filter((a) => !leaving.includes(a)),
    };
    this.lastProblem = null;
    return this.saveAndAnnounce();
  }

  /**
   * An OAuth2Client holding one account's refresh token (the first account's when none is
   * named), made fresh for that account alone. google-auth-library refreshes the access token
   * ahead of expiry and runs one refresh at a time; when Google answers invalid_grant,
   * `reportAuthFailure` turns that account into "Reconnect".
   */
  async authorizedClient(email?: string): Promise<OAuth2Client | null> {
    const entry = this.entry(email);
    if (!entry || entry.needsReconnect) return null;
    const refresh = await this.deps.vault.get(refreshTokenName(entry.email));
    const client = await this.client();
    if (!refresh || !client) return null;
    client.setCredentials({ refresh_token: refresh });
    return client;
  }

  /** Google refused an account's sign-in during a sync: a grant it no longer honours asks for "Reconnect". */
  async reportAuthFailure(failure: GoogleFailure, email?: string): Promise<GoogleStatus> {
    const entry = this.entry(email);
    const found = problemOfFailure(failure);
    if (!entry) return this.status();
    if (
      found.code === 'invalid_grant' ||
      found.code === 'invalid_client' ||
      found.code === 'unauthorized_client'
    ) {
      this.config = {
        ...this.config,
        accounts: this.config.accounts.map((a) =>
          a === entry ? { ...a, needsReconnect: true } : a,
        ),
      };
      this.deps.config.write(this.config);
    }
    this.accountProblems.set(entry.email, found);
    await this.announce();
    return this.status();
  }

  /** The account as its own sync engine and reset see it. */
  handle(email: string): AccountHandle {
    return {
      email,
      authorizedClient: () => this.authorizedClient(email),
      reportAuthFailure: (failure) => this.reportAuthFailure(failure, email),
    };
  }

  private entry(email?: string): AccountEntry | undefined {
    return email === undefined
      ? this.config.accounts[0]
      : this.config.accounts.find((a) => same(a.email, email));
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

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
