import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { slaClockNote, type SlaClockTimes } from '../lib/slaClock';

/** When a clock is due, was met or was due, relative to now, with the exact time on hover (lead and workflow record pages). */
export function SlaClockNote({ clock, now }: { clock: SlaClockTimes; now: Date }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const note = slaClockNote(clock);
  if (!note) return null;
  return (
    <time className="muted" dateTime={note.at} title={fmt.dateTime(note.at, 'datetime')} data-testid="sla-clock-note">
      {t(note.key, { time: fmt.dateTime(note.at, 'relative', now) })}
    </time>
  );
}
