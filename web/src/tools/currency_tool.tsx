import { useState } from 'preact/hooks';
import { TextField } from '../components/text_field';
import { t } from '../i18n';
import { convertCurrency, type Conversion } from './tool_api';
import { SubmitButton, ToolHeading, ToolOutcome, type HeadingLevel } from './tool_parts';
import { useToolCall } from './use_tool';

/** The amount with two decimals, as officers cite it. */
export function formatAmount(amount: number): string {
  return amount.toFixed(2);
}

/** The rate with six significant digits: 0.0115631. */
export function formatRate(rate: number): string {
  return Number(rate.toPrecision(6)).toString();
}

/** The currency converter: an amount on a date, with the rate and its source to cite. */
export function CurrencyTool({ level = 2 }: { level?: HeadingLevel }) {
  const [amount, setAmount] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('EUR');
  const [on, setOn] = useState('');
  const [asked, setAsked] = useState<{ amount: string; from: string; to: string } | null>(null);
  const call = useToolCall<Conversion>();
  return (
    <section class="tool" aria-labelledby="currency-tool-heading" id="currency-tool">
      <ToolHeading level={level} id="currency-tool-heading">
        {t('tools.currency.title')}
      </ToolHeading>
      <form
        class="tool-form"
        noValidate
        aria-labelledby="currency-tool-heading"
        onSubmit={(event) => {
          event.preventDefault();
          if (amount.trim() === '' || from.trim() === '' || to.trim() === '' || on.trim() === '') {
            return call.fail(t('tools.currency.needAll'));
          }
          setAsked({ amount: amount.trim(), from: from.trim().toUpperCase(), to: to.trim().toUpperCase() });
          void call.run((signal) => convertCurrency(amount, from, to, on, signal));
        }}
      >
        <div class="tool-fields">
          <TextField id="currency-amount" label={t('tools.currency.amount')} value={amount} onInput={setAmount} inputMode="text" class="field-short" />
          <TextField id="currency-from" label={t('tools.currency.from')} hint={t('tools.currency.codeHint')} value={from} onInput={setFrom} autoCapitalize="characters" class="field-short" />
          <TextField id="currency-to" label={t('tools.currency.to')} value={to} onInput={setTo} autoCapitalize="characters" class="field-short" />
          <TextField id="currency-on" label={t('tools.currency.on')} hint={t('tools.currency.onHint')} value={on} onInput={setOn} class="field-short" />
        </div>
        <SubmitButton busy={call.busy} label={t('tools.currency.submit')} />
        <ToolOutcome id="currency-result" error={call.error}>
          {call.result && asked && (
            <>
              <p>
                <strong>
                  {t('tools.currency.result', {
                    amount: asked.amount,
                    from: asked.from,
                    converted: formatAmount(call.result.amount),
                    to: asked.to,
                  })}
                </strong>
              </p>
              <p>{t('tools.currency.rate', { rate: formatRate(call.result.rate), from: asked.from, to: asked.to, date: call.result.rate_date })}</p>
              <p class="tool-source">{t('tools.currency.source', { source: call.result.source })}</p>
            </>
          )}
        </ToolOutcome>
      </form>
    </section>
  );
}
