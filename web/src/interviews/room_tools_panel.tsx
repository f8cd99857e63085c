import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { CurrencyTool } from '../tools/currency_tool';
import { DateTool } from '../tools/date_tool';

/** The room's collapsible Tools panel: the date and currency converters of the Tools page. */
export function RoomToolsPanel() {
  const [open, setOpen] = useState(false);
  return (
    <section class="side-panel room-tools" aria-labelledby="room-tools-heading" id="room-tools">
      <h2 id="room-tools-heading">
        <button
          type="button"
          class="panel-toggle"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="room-tools-body"
          title={t('room.tools.show')}
          onClick={() => setOpen(!open)}
        >
          {t('room.tools')}
        </button>
      </h2>
      <div id="room-tools-body" hidden={!open}>
        {open && (
          <>
            <DateTool level={3} />
            <CurrencyTool level={3} />
          </>
        )}
      </div>
    </section>
  );
}
