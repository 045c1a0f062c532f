import { useId, type Ref } from 'react';
import { useSearchParams } from 'react-router-dom';
import { LANGUAGES, isLanguage, useI18n } from '../shared/i18n';
import { useTheme } from '../shared/theme/useTheme';
import { Icon } from '../shared/ui/Icon';

export function LanguageSelect() {
  const { t, language, setLanguage } = useI18n();
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id} className="sr-only">
        {t('language.label')}
      </label>
      <Icon name="globe" size={16} className="field__icon" />
      <select
        id={id}
        data-testid="language-select"
        value={language}
        onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ThemeToggle() {
  const { t } = useI18n();
  const { theme, toggleTheme } = useTheme();
  const label = theme === 'dark' ? t('theme.toLight') : t('theme.toDark');
  return (
    <button type="button" className="icon-button" onClick={toggleTheme} aria-label={label} title={label} data-testid="theme-toggle" data-theme={theme}>
      <Icon name={theme === 'dark' ? 'sun' : 'moon'} size={18} />
    </button>
  );
}

export function ExitKioskButton({ ref, className }: { ref?: Ref<HTMLButtonElement>; className?: string }) {
  const { t } = useI18n();
  const [, setParams] = useSearchParams();
  return (
    <button
      type="button"
      ref={ref}
      className={className}
      onClick={() =>
        setParams((current) => {
          const next = new URLSearchParams(current);
          next.delete('kiosk');
          return next;
        })
      }
    >
      <Icon name="close" size={14} />
      {t('kiosk.exit')}
    </button>
  );
}
