import { useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge } from '@fluentui/react-components';
import type { Finding } from '../../core/findings';
import type { ActionMessage } from '../shared/ActionMessage';
import { useUi } from '../shared/UiContext';
import { FindingCard, type FindingActions } from './FindingCard';
import type { TopicGroup } from './group';

/**
 * Findings under one heading per topic. Every topic is open unless the user closed it, including
 * topics that appear later (a re-run, a restored dismissal), so nothing hides.
 */
export function FindingList({ groups, active, actions, busy, working, message }: { groups: TopicGroup[]; active: string | null; actions: FindingActions; busy: boolean; working: string | null; message: (ActionMessage & { findingId: string }) | null }) {
  const { t } = useUi();
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const open = groups.map((g) => g.topic).filter((topic) => !closed.has(topic));
  return (
    <Accordion
      multiple
      collapsible
      openItems={open}
      onToggle={(_, d) => {
        const next = new Set(closed);
        if (next.has(String(d.value))) next.delete(String(d.value));
        else next.add(String(d.value));
        setClosed(next);
      }}
    >
      {groups.map((g) => (
        <AccordionItem key={g.topic} value={g.topic}>
          <AccordionHeader size="small" expandIconPosition="end">
            {g.topic === 'drafting' ? t('ui.review.group.drafting') : t(`ui.topic.${g.topic}`)}&nbsp;
            <CounterBadge count={g.findings.length} size="small" appearance="ghost" aria-label={t('ui.review.inTopic', { count: g.findings.length })} />
          </AccordionHeader>
          <AccordionPanel>
            {g.findings.map((f: Finding) => (
              <FindingCard key={f.id} finding={f} active={f.id === active} actions={actions} busy={busy} preparing={f.id === working} said={message?.findingId === f.id ? message : null} />
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
