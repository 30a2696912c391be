// The description as rich text, as Google stores it (HTML). Descriptions arrive from other
// people's invitations, so what comes in is made inert before it touches the DOM, and so is
// what goes out (a pasted page cannot smuggle anything into the database either): no
// script, no style attributes or classes (an invitation could otherwise lay a link over the
// whole window), no form controls. The box clips what it holds (DescriptionField.css), and
// a link in it opens only through the app's external-open path: https only, in the user's
// browser, never in Almanac's own window. In the editable box a plain click places the
// caret, as in any editor; Ctrl or Cmd with the click follows the link.
import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import DOMPurify from 'dompurify';
import { useLocale } from '../i18n/LocaleProvider';
import { LIST } from '../glyphs';
import './DescriptionField.css';

export interface DescriptionFieldProps {
  labelId: string;
  html: string;
  onChange(html: string): void;
  errorId?: string;
  invalid: boolean;
  /** Shown but not editable (a guest may not change the organizer's description). */
  readOnly?: boolean;
  /** Hands a followed link to the browser. */
  onOpenLink(href: string): void;
}

export function sanitizeHtml(html: string): string {
  return purifier.sanitize(html, PROFILE);
}

export function DescriptionField({
  labelId,
  html,
  onChange,
  errorId,
  invalid,
  readOnly = false,
  onOpenLink,
}: DescriptionFieldProps) {
  const { t } = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);

  // Uncontrolled while the person types (rewriting innerHTML on each keystroke would move the
  // caret); a description that changes from outside (a newer version of the event arrived)
  // is drawn anew.
  useEffect(() => {
    if (!ref.current || shown.current === html) return;
    shown.current = html;
    ref.current.innerHTML = sanitizeHtml(html);
  }, [html]);

  const emit = () => {
    const el = ref.current;
    if (!el) return;
    const text = el.textContent?.trim() ?? '';
    shown.current = text || el.querySelector('img,hr') ? sanitizeHtml(el.innerHTML) : '';
    onChange(shown.current);
  };

  const format = (command: string) => {
    ref.current?.focus();
    // execCommand is deprecated but remains the one editing API every Chromium supports.
    document.execCommand(command);
    emit();
  };

  // Every click on a link ends here: the window itself never navigates.
  const followLink = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest?.('a[href]');
    if (!link || !ref.current?.contains(link)) return;
    event.preventDefault();
    const wantsToFollow = readOnly || event.ctrlKey || event.metaKey || event.button === 1;
    const href = (link as HTMLAnchorElement).href;
    if (wantsToFollow && href.startsWith('https://')) onOpenLink(href);
  };

  return (
    <div className="description-field">
      {!readOnly && (
        <div className="format-bar" role="toolbar" aria-label={t('description.formatting')}>
          <button
            type="button"
            className="icon-button small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => format('bold')}
            title={t('description.bold')}
          >
            <b aria-hidden="true">{t('description.bold.letter')}</b>
            <span className="visually-hidden">{t('description.bold')}</span>
          </button>
          <button
            type="button"
            className="icon-button small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => format('italic')}
            title={t('description.italic')}
          >
            <i aria-hidden="true">{t('description.italic.letter')}</i>
            <span className="visually-hidden">{t('description.italic')}</span>
          </button>
          <button
            type="button"
            className="icon-button small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => format('insertUnorderedList')}
            title={t('description.list')}
          >
            <span aria-hidden="true">{LIST}</span>
            <span className="visually-hidden">{t('description.list')}</span>
          </button>
        </div>
      )}
      <div
        ref={ref}
        className="rich-text"
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        aria-describedby={errorId}
        aria-invalid={invalid || undefined}
        aria-readonly={readOnly || undefined}
        contentEditable={!readOnly}
        suppressContentEditableWarning
        data-placeholder={t('description.placeholder')}
        onInput={emit}
        onClick={followLink}
        onAuxClick={followLink}
      />
    </div>
  );
}

// ---------------------------------------------------------------------------------------

/**
 * HTML as Google's description editor makes it (text, emphasis, lists, links, images), and
 * nothing that can act or move: no style attributes, classes or ids (our own stylesheet
 * could be borrowed to position something), no <style>, no form controls.
 */
const PROFILE = {
  USE_PROFILES: { html: true },
  FORBID_ATTR: ['style', 'class', 'id'],
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'select',
    'option',
    'optgroup',
    'textarea',
    'datalist',
    'fieldset',
    'dialog',
  ],
};

/** An instance of its own, so its hook touches no other sanitizing. */
const purifier = DOMPurify(window);
// A link that somehow escaped the click handler still opens apart from Almanac's window.
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});
