import { useTranslation } from 'react-i18next';
import { ActorKind, type CaseEvent } from '../../../shared/model';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

type Actor = CaseEvent['actors'][number];
type Props = { actors: readonly Actor[]; eventPosition: number; onChange(actors: Actor[]): void };

/**
 * Who acted in an event: a kind of body (police, National Guard, election commission…) and, when known, a name
 * or unit as the source gives it. A link to a person in the registry, if the record has one, is kept as it is.
 */
export function ActorsField({ actors, eventPosition, onChange }: Props) {
  const { t } = useTranslation('cases');
  const update = (index: number, next: Partial<Actor>) => onChange(actors.map((actor, i) => (i === index ? { ...actor, ...next } : actor)));
  return (
    <fieldset className="stack actors">
      <legend>{t('actor.legend', { n: eventPosition })}</legend>
      {actors.map((actor, index) => (
        <div className="row" key={index}>
          <SelectField
            label={t('actor.kind', { n: index + 1 })}
            value={actor.kind}
            options={ActorKind.options.map((kind) => [kind, t(`dossier:actorKind.${kind}`)])}
            onChange={(kind) => update(index, { kind: ActorKind.parse(kind) })}
          />
          <TextField label={t('actor.name', { n: index + 1 })} value={actor.name ?? ''} onChange={(name) => update(index, { name: name || undefined })} />
          <button type="button" className="link" onClick={() => onChange(actors.filter((_, i) => i !== index))}>
            {t('actor.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...actors, { kind: 'police' }])}>
        {t('actor.add')}
      </button>
    </fieldset>
  );
}
