// A rendering failure in one part of the screen should not blank the whole window: this
// shows what went wrong in plain words and offers a way back.
import { Component } from 'react';
import { activeLocale } from './i18n/active-locale';
import type { ErrorInfo, ReactNode } from 'react';

export class ErrorBoundary extends Component<
  { children: ReactNode; what: string },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Almanac: the ${this.props.what} failed to draw`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const { t } = activeLocale();
    return (
      <div className="boundary" role="alert">
        <p>{t('boundary.failed', { what: this.props.what, reason: this.state.error.message })}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          {t('boundary.retry')}
        </button>
      </div>
    );
  }
}
