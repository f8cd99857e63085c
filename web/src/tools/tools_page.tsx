import { Notice } from '../components/notice';
import { PageHeading } from '../components/page_heading';
import { t } from '../i18n';
import { canUseTools } from '../roles';
import { CurrencyTool } from './currency_tool';
import { DateTool } from './date_tool';
import { DeadlineTool } from './deadline_tool';

/** The Tools area: the date, currency and deadline tools on one page. */
export function ToolsPage({ role }: { role: string }) {
  if (!canUseTools(role)) {
    return (
      <>
        <PageHeading title={t('tools.title')} />
        <Notice>{t('tools.noAccess')}</Notice>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('tools.title')} />
      <p class="intro">{t('tools.intro')}</p>
      <div class="tools-grid">
        <DateTool />
        <CurrencyTool />
        <DeadlineTool />
      </div>
    </>
  );
}
