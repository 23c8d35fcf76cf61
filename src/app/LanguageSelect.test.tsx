// The header's Language selector: each language offered in its own words, a switch that changes every
// text at once once the other catalogue is in (no reload), remembered, on <html lang>, and heard by
// the app (the API's language); a second choice made while the first loads wins.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../test/render.tsx';
import { I18nProvider, useLanguage, useT } from '../ui/i18n/I18n.tsx';
import type { Translate } from '../ui/i18n/translator.ts';
import { ToastProvider } from '../ui/Toast.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';

function Heading() {
  const t = useT();
  return <h1>{t('images.heading')}</h1>;
}

function renderSelect(onSwitch: (t: Translate) => void = () => undefined) {
  return render(
    <I18nProvider initial={translator('en')} onSwitch={onSwitch}>
      <ToastProvider>
        <LanguageSelect />
        <Heading />
      </ToastProvider>
    </I18nProvider>,
  );
}

describe('LanguageSelect', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('offers each language in its own words', () => {
    renderSelect();
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('en');
    expect(screen.getByRole('option', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('option', { name: '简体中文' })).toHaveAttribute('lang', 'zh-CN');
  });

  it('switches every text to Chinese, names itself 语言, remembers the choice and tells the app', async () => {
    const onSwitch = vi.fn();
    renderSelect(onSwitch);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    expect(await screen.findByRole('heading', { name: '镜像' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('cvm-console:language')).toBe('zh-CN');
    expect(onSwitch).toHaveBeenCalledTimes(1);
    const [t] = onSwitch.mock.calls[0]! as [Translate];
    expect([t.locale, t.language]).toEqual(['zh-CN', 'zh-CN']);
  });

  it('keeps the last choice when a second one is made while the first loads', async () => {
    const onSwitch = vi.fn();
    function Chooser() {
      const { choose } = useLanguage();
      const both = () => {
        void choose('zh-CN');
        void choose('en');
      };
      return (
        <button type="button" onClick={both}>
          both
        </button>
      );
    }
    render(
      <I18nProvider initial={translator('en')} onSwitch={onSwitch}>
        <Chooser />
        <Heading />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'both' }));
    await waitFor(() => expect(onSwitch).toHaveBeenCalled());
    expect(screen.getByRole('heading', { name: 'Images' })).toBeInTheDocument();
    expect(onSwitch.mock.calls.map(([t]) => (t as Translate).locale)).toEqual(['en']);
  });
});
