// The "?" dialog: the keyboard shortcuts, so people can discover them without a manual.
import { Dialog } from './Dialog';
import { SHORTCUTS } from '../shortcuts';
import { FormattedMessage } from 'react-intl';
import { useLocale } from '../i18n/LocaleProvider';

export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const { t } = useLocale();
  return (
    <Dialog label={t('shortcuts.title')} onClose={onClose} className="help-dialog">
      <h2 className="dialog-title">{t('shortcuts.title')}</h2>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.does}>
              <td>
                {s.keys.length === 2 ? (
                  <FormattedMessage
                    id="shortcuts.or"
                    values={{ first: <kbd>{s.keys[0]}</kbd>, second: <kbd>{s.keys[1]}</kbd> }}
                  />
                ) : (
                  <kbd>{s.keys[0]}</kbd>
                )}
              </td>
              <td>{t(s.does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose} data-autofocus="">
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
