// The description as rich text, as Google stores it (HTML). What comes in is sanitized with
// DOMPurify before it touches the DOM (descriptions arrive from other people's invitations),
// and so is what goes out, so a pasted page cannot smuggle script into the database.
import { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

export interface DescriptionFieldProps {
  labelId: string;
  html: string;
  onChange(html: string): void;
  errorId?: string;
  invalid: boolean;
  /** Shown but not editable (a guest may not change the organizer's description). */
  readOnly?: boolean;
}

export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

export function DescriptionField({
  labelId,
  html,
  onChange,
  errorId,
  invalid,
  readOnly = false,
}: DescriptionFieldProps) {
  const ref = useRef<HTMLDivElement>(null);
  const initial = useRef(html);

  // Uncontrolled after the first render: rewriting innerHTML on each keystroke would move the caret.
  useEffect(() => {
    if (ref.current) ref.current.innerHTML = sanitizeHtml(initial.current);
  }, []);

  const emit = () => {
    const el = ref.current;
    if (!el) return;
    const text = el.textContent?.trim() ?? '';
    onChange(text || el.querySelector('img,hr') ? sanitizeHtml(el.innerHTML) : '');
  };

  const format = (command: string) => {
    ref.current?.focus();
    // execCommand is deprecated but remains the one editing API every Chromium supports.
    document.execCommand(command);
    emit();
  };

  return (
    <div className="description-field">
      {!readOnly && (
        <div className="format-bar" role="toolbar" aria-label="Text formatting">
          <button
            type="button"
            className="icon-button small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => format('bold')}
            title="Bold"
          >
            <b aria-hidden="true">B</b>
            <span className="visually-hidden">Bold</span>
          </button>
          <button
            type="button"
            className="icon-button small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => format('italic')}
            title="Italic"
          >
            <i aria-hidden="true">I</i>
            <span className="visually-hidden">Italic</span>
          </button>
          <button
            type="button"
            className="icon-button small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => format('insertUnorderedList')}
            title="Bulleted list"
          >
            <span aria-hidden="true">•≡</span>
            <span className="visually-hidden">Bulleted list</span>
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
        data-placeholder="Add description"
        onInput={emit}
      />
    </div>
  );
}
