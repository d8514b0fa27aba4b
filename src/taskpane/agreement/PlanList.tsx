import { Badge, Caption1, Dropdown, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { describePlanMessage, type Plan } from '../../core/agreement';
import { useUi } from '../shared/UiContext';
import { clauseTitle, lang, variantName } from '../shared/libraryText';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column' },
  item: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '8px 0', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  dropdown: { minWidth: 0, width: '100%' },
  head: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
});

const STANCE_COLOR = { protective: 'success', balanced: 'informative', fallback: 'warning' } as const;

/** Each clause of the plan: the variant chosen and why, what it does in plain words, and the variants to switch to. */
export function PlanList({ plan, onSwitch }: { plan: Plan; onSwitch: (clauseId: string, variantId: string) => void }) {
  const { t, locale } = useUi();
  const styles = useStyles();
  const stance = (s: string) => t(`build.stance.${s}` as 'build.stance.protective');
  return (
    <ol className={styles.list} aria-label={t('ui.build.plan')}>
      {plan.clauses.map((c) => {
        const note = c.variant.note[lang(locale)];
        const others = c.alternatives.filter((a) => a.fits && a.variantId !== c.variant.id);
        const named = (id: string) => variantName(c.clause.variants.find((v) => v.id === id) ?? { id }, locale);
        return (
          <li key={c.clause.id} className={styles.item}>
            <div className={styles.head}>
              <Text weight="semibold">{clauseTitle(c.clause, locale)}</Text>
              <Badge size="small" appearance="tint" color={STANCE_COLOR[c.variant.stance]}>
                {stance(c.variant.stance)}
              </Badge>
            </div>
            <Caption1>{note.what}</Caption1>
            {note.reaction && <Caption1>{t('ui.build.reaction', { reaction: note.reaction })}</Caption1>}
            <Caption1 italic>{describePlanMessage(c.reason, locale)}</Caption1>
            {others.length > 0 && (
              <Dropdown
                className={styles.dropdown}
                size="small"
                aria-label={t('ui.build.switch', { clause: clauseTitle(c.clause, locale) })}
                value={t('ui.build.variant', { variant: variantName(c.variant, locale), stance: stance(c.variant.stance) })}
                selectedOptions={[c.variant.id]}
                onOptionSelect={(_, d) => d.optionValue && onSwitch(c.clause.id, d.optionValue)}
              >
                {[{ variantId: c.variant.id, stance: c.variant.stance }, ...others].map((a) => (
                  <Option key={a.variantId} value={a.variantId}>
                    {t('ui.build.variant', { variant: named(a.variantId), stance: stance(a.stance) })}
                  </Option>
                ))}
              </Dropdown>
            )}
          </li>
        );
      })}
    </ol>
  );
}
