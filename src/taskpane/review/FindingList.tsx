import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge } from '@fluentui/react-components';
import type { Finding } from '../../core/findings';
import { useUi } from '../shared/UiContext';
import { FindingCard, type FindingActions } from './FindingCard';
import type { TopicGroup } from './group';

/** Findings under one heading per topic, every topic open at first so nothing hides. */
export function FindingList({ groups, active, actions, busy }: { groups: TopicGroup[]; active: string | null; actions: FindingActions; busy: boolean }) {
  const { t } = useUi();
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.topic)}>
      {groups.map((g) => (
        <AccordionItem key={g.topic} value={g.topic}>
          <AccordionHeader size="small" expandIconPosition="end">
            {t(`ui.topic.${g.topic}`)}&nbsp;
            <CounterBadge count={g.findings.length} size="small" appearance="ghost" aria-label={t('ui.review.inTopic', { count: g.findings.length })} />
          </AccordionHeader>
          <AccordionPanel>
            {g.findings.map((f: Finding) => (
              <FindingCard key={f.id} finding={f} active={f.id === active} actions={actions} busy={busy} />
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
