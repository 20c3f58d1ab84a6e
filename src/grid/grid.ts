/**
 * The evaluation grid of grille.md, held once: the schema, the validation messages, the scoring
 * and the report all read their ids, labels and points from here.
 *
 * Option labels are written to fit the sentence their criterion's template puts them in.
 */
import { LIST_CAP, OPTION_POINTS } from './rubric.js';
import type { Applicability, Criterion, Family, Field, Option, Text } from './types.js';

const option = (id: string, fr: string, en: string, points = OPTION_POINTS): Option => ({ id, label: { fr, en }, points });
/** An option whose sentence changes when it speaks of one person: `singular` in both languages. */
const forOne = (base: Option, fr: string, en: string): Option => ({ ...base, singular: { fr, en } });
const when = (field: string, ...options: string[]): Applicability => ({ field, options });
const negative = (id: string, fr: string, en: string): Option => ({ id, label: { fr, en }, points: 0, negative: true });
const neutral = (id: string, fr: string, en: string): Option => option(id, fr, en, 0);

const multi = (id: string, label: Text, options: readonly Option[], cap = LIST_CAP): Field => ({ id, kind: 'multi', label, options, cap });
const single = (id: string, label: Text, options: readonly Option[]): Field => ({ id, kind: 'single', label, options });
const nonZero = (field: string): Applicability => ({ field, nonZero: true });
const applying = (appliesWhen: Applicability, field: Field): Field => ({ ...field, appliesWhen });
const count = (id: string, label: Text, threshold: number): Field => ({ id, kind: 'count', label, threshold });

/** Who: the shared list of groups of people (`publics`, `entre`, `publics_exclus`). */
export const PUBLICS: readonly Option[] = [
  option('personnes_travaillant_sur_le_site', 'personnes travaillant sur le site', 'people working on the site'),
  option('acteurs_du_quartier', 'acteur·rice·s du quartier', 'local stakeholders'),
  option('publics_en_difficulte', 'publics en difficulté', 'people facing hardship'),
  option('occupants_du_site', 'occupant·e·s du site', 'occupants of the site'),
  option('benevoles', 'bénévoles', 'volunteers'),
  option('voisins', 'voisin·e·s', 'neighbours'),
  option('visiteurs', 'visiteur·euse·s', 'visitors'),
  option('habitants', 'habitant·e·s du quartier', 'local residents'),
];

/** Parity is the equality effect; an imbalance, either way, is reported as observed and never rewarded. */
const PARITE: readonly Option[] = [
  neutral('plus_de_femmes', 'les femmes sont plus nombreuses que les hommes', 'women outnumber men'),
  option('autant', 'il y a autant de femmes que d’hommes', 'there are as many women as men'),
  neutral('plus_d_hommes', 'les hommes sont plus nombreux que les femmes', 'men outnumber women'),
];

const BETWEEN: Text = { fr: 'Entre quels publics', en: 'Between which groups' };

/** Fields every criterion accepts besides its own. */
export const COMMON_FIELDS: readonly Field[] = [
  { id: 'exemple', kind: 'text', evidence: true, label: { fr: 'Réponse rédigée', en: 'Written answer' } },
  {
    id: 'autres',
    kind: 'texts',
    label: { fr: 'Autres observations', en: 'Other observations' },
    points: 0,
  },
];

/**
 * Entretien des espaces: the positive or the negative details and their example, each applying
 * once `effets` records that side (or both, `mixtes`).
 */
const upkeepDetails = (side: 'positifs' | 'negatifs', label: Text, options: readonly Option[], example: Field): Field[] => [
  applying(when('effets', side, 'mixtes'), multi(side, label, options)),
  applying(when('effets', side, 'mixtes'), example),
];

/** What training and employment support made possible, with the words for a sentence about one person. */
const INSERTION_EFFECTS: readonly Option[] = (
  [
    ['nouvelle_confiance', 'à des personnes en difficulté de reprendre confiance', 'people facing hardship to regain confidence', 'de reprendre confiance', 'regain confidence'],
    ['emplois_exterieur', 'à certaines personnes d’obtenir un emploi à l’extérieur du lieu', 'some people to find work outside the site', 'd’obtenir un emploi à l’extérieur du lieu', 'find work outside the site'],
    ['accompagnement', 'à des personnes ou des structures d’être accompagnées', 'people or organisations to receive support', 'd’être accompagnée dans ses démarches', 'receive support'],
    ['emplois_dans_le_lieu', 'à certaines personnes d’obtenir un emploi dans le lieu', 'some people to find work on the site', 'd’obtenir un emploi dans le lieu', 'find work on the site'],
    ['diplomes', 'à certaines personnes d’obtenir un diplôme ou une qualification', 'some people to earn a diploma or a qualification', 'd’obtenir un diplôme ou une qualification', 'earn a diploma or a qualification'],
    ['creation_activite', 'à certaines personnes de créer leur activité', 'some people to start their own business', 'de créer son activité', 'start their own business'],
  ] as const
).map(([id, fr, en, frOne, enOne]) => forOne(option(id, fr, en), frOne, enOne));

const individuels: Family = {
  id: 'effets_individuels',
  label: { fr: 'Effets individuels', en: 'Individual effects' },
  named: { fr: 'les effets individuels', en: 'individual effects' },
  criteria: [
    {
      id: 'lien_social',
      label: { fr: 'Lien social', en: 'Social ties' },
      named: { fr: 'le lien social', en: 'social ties' },
      question: {
        fr: 'Entre quels publics des interactions sociales ont-elles été observées ?',
        en: 'Between which groups were social interactions observed?',
      },
      fields: [
        multi('publics', { fr: 'Publics en interaction', en: 'Groups interacting' }, PUBLICS),
        multi('occasions', { fr: 'Occasions des échanges', en: 'When the exchanges happened' }, [
          option('evenements_grand_public', 'lors d’évènements grand public', 'during public events'),
          option(
            'temps_de_rencontre',
            'lors de temps spécifiques organisés pour favoriser les rencontres entre les publics',
            'during times set aside for different groups to meet',
          ),
          option('vie_du_projet', 'dans la vie du projet', 'in the day-to-day life of the project'),
        ]),
        single('frequence', { fr: 'Fréquence des rencontres', en: 'How often they meet' }, [
          option('quotidienne', 'chaque jour', 'every day', 2),
          option('hebdomadaire', 'chaque semaine', 'every week', 2),
          option('mensuelle', 'chaque mois', 'every month', 1),
          option('ponctuelle', 'de façon ponctuelle', 'now and then', 1),
        ]),
      ],
    },
    {
      id: 'sante',
      label: { fr: 'Santé', en: 'Health' },
      named: { fr: 'la santé', en: 'health' },
      question: {
        fr: 'Les conditions physiques, sociales ou psychiques des bénéficiaires ont-elles changé ?',
        en: 'Did the physical, social, or psychological condition of the beneficiaries change?',
      },
      fields: [
        multi('effets', { fr: 'Changements observés', en: 'Changes observed' }, [
          option(
            'relations_aux_autres',
            'se sentir mieux dans leurs relations avec les autres',
            'feel better in their relationships with others',
          ),
          option('confiance_en_soi', 'avoir une plus grande confiance en elles', 'be more self-confident'),
          option('forme_physique', 'être en meilleure forme physique', 'be in better physical shape'),
          option('isolement_reduit', 'se sentir moins isolées', 'feel less isolated'),
          option('bien_etre', 'éprouver un plus grand bien-être', 'enjoy greater well-being'),
        ]),
      ],
    },
    {
      id: 'transmission_savoir_faire',
      label: { fr: 'Transmission de savoir-faire personnel', en: 'Passing on personal skills' },
      named: { fr: 'la transmission de savoir-faire personnel', en: 'passing on personal skills' },
      question: {
        fr: 'Des personnes ont-elles transmis leurs savoir-faire à d’autres ?',
        en: 'Did people pass on their skills to others?',
      },
      addition: {
        fr: 'Un ajout à la grille de Commune Mesure, qui n’a pas cette question : les réponses des lieux y décrivent souvent des savoir-faire transmis (couture, cuisine, compétences entre résident·e·s), que ce critère permet de qualifier à part de la santé et de la solidarité.',
        en: 'An addition to the Commune Mesure grid, which has no such question: the sites’ answers there often describe skills passed on (sewing, cooking, skills shared between residents), which this criterion qualifies apart from health and solidarity.',
      },
      fields: [
        multi('savoir_faire', { fr: 'Savoir-faire transmis', en: 'Skills passed on' }, [
          option('techniques_manuelles', 'des techniques manuelles', 'manual techniques'),
          option('artistiques_culturels', 'des savoir-faire artistiques et culturels', 'artistic and cultural skills'),
          option('culinaires', 'des savoir-faire culinaires', 'cooking skills'),
          option('numeriques', 'des compétences numériques', 'digital skills'),
          option('langues', 'des langues', 'languages'),
        ]),
        multi('entre', BETWEEN, PUBLICS),
      ],
    },
    {
      id: 'insertion_professionnelle',
      label: { fr: 'Insertion professionnelle', en: 'Employment and training' },
      named: { fr: 'l’insertion professionnelle', en: 'employment and training' },
      question: {
        fr: 'Des actions de formation, d’accompagnement à la création d’activité ou à l’emploi ont-elles été mises en place ?',
        en: 'Were training, business-creation, or employment support actions set up?',
      },
      fields: [
        count('beneficiaires', { fr: 'Nombre de bénéficiaires', en: 'Number of beneficiaries' }, 20),
        applying(nonZero('beneficiaires'), multi('effets', { fr: 'Ce que ces actions ont permis', en: 'What these actions made possible' }, INSERTION_EFFECTS)),
      ],
    },
    {
      id: 'capacite_agir',
      label: { fr: 'Capacité à agir', en: 'Empowerment' },
      named: { fr: 'la capacité à agir', en: 'empowerment' },
      question: {
        fr: 'De nouveaux projets ou actions imprévus (atelier, évènement, marché…) portés par les bénéficiaires ou les occupant·e·s ont-ils émergé ?',
        en: 'Did new, unplanned projects or actions (workshop, event, market…) led by beneficiaries or occupants emerge?',
      },
      fields: [
        count('nouveaux_projets', { fr: 'Nombre de nouveaux projets ou actions', en: 'Number of new projects or actions' }, 5),
        applying(
          nonZero('nouveaux_projets'),
          multi('portes_par', { fr: 'Portés par', en: 'Led by' }, [
            option('occupants', 'des occupant·e·s', 'occupants'),
            option('beneficiaires', 'des bénéficiaires', 'beneficiaries'),
            option('benevoles', 'des bénévoles', 'volunteers'),
            option('residents', 'des résident·e·s du lieu', 'residents of the site'),
            option('habitants', 'des habitant·e·s du quartier', 'local residents'),
          ]),
        ),
      ],
    },
  ],
};

const collectifs: Family = {
  id: 'effets_collectifs',
  label: { fr: 'Effets collectifs', en: 'Collective effects' },
  named: { fr: 'les effets collectifs', en: 'collective effects' },
  criteria: [
    {
      id: 'solidarite',
      label: { fr: 'Solidarité', en: 'Solidarity' },
      named: { fr: 'la solidarité', en: 'solidarity' },
      question: {
        fr: 'Des échanges, dons ou mutualisations ont-ils été observés entre les personnes impliquées dans le projet ?',
        en: 'Were exchanges, gifts, or pooling observed between the people involved in the project?',
      },
      fields: [
        multi('types', { fr: 'Objet des échanges', en: 'What was shared' }, [
          option('competences_petits_services', 'les compétences et petits services', 'skills and small services'),
          option('biens_materiel', 'les biens et le matériel', 'goods and equipment'),
          option('espaces', 'les espaces', 'spaces'),
          option('savoirs', 'les savoirs', 'knowledge'),
        ]),
        multi('entre', BETWEEN, PUBLICS),
      ],
    },
    {
      id: 'reseau_de_personnes',
      label: { fr: 'Réseau de personnes', en: 'Networks of people' },
      named: { fr: 'le réseau de personnes', en: 'networks of people' },
      question: {
        fr: 'La création de réseaux de personnes a-t-elle été observée ?',
        en: 'Was the creation of networks of people observed?',
      },
      fields: [
        multi('types', { fr: 'Nature des réseaux', en: 'Kind of networks' }, [
          option('autour_d_un_projet', 'autour d’un projet ou d’une action', 'around a project or an activity'),
          option('professionnels', 'à caractère professionnel', 'for professional purposes'),
          option('entraide', 'd’entraide', 'for mutual aid'),
        ]),
        multi('entre', BETWEEN, PUBLICS),
      ],
    },
    {
      id: 'inclusion_exclusion',
      label: { fr: 'Sentiment d’inclusion ou d’exclusion', en: 'Sense of inclusion or exclusion' },
      named: { fr: 'le sentiment d’inclusion ou d’exclusion', en: 'the sense of inclusion or exclusion' },
      question: {
        fr: 'Des personnes se sentent-elles faire partie d’un groupe autour du projet, ou au contraire exclues ?',
        en: 'Do people feel part of a group around the project, or on the contrary excluded?',
      },
      fields: [
        single('constat', { fr: 'Constat', en: 'Finding' }, [
          option(
            'appartenance',
            'certaines personnes se sentent faire partie d’un groupe autour du projet',
            'some people feel part of a group around the project',
            3,
          ),
          negative('exclusion', 'certaines personnes se sentent exclues', 'some people feel excluded'),
          option(
            'les_deux',
            'certaines personnes se sentent faire partie d’un groupe autour du projet, d’autres se sentent exclues',
            'some people feel part of a group around the project, while others feel excluded',
            1,
          ),
          option(
            'appartenance_faible',
            'les personnes ne se sentent pas vraiment faire partie d’un groupe, mais elles se sentent à l’aise avec le projet',
            'people do not really feel part of a group, but they feel at ease with the project',
            1,
          ),
          neutral(
            'aucun',
            'aucun sentiment d’appartenance à un groupe ou d’exclusion n’a été observé',
            'no sense of belonging to a group, nor of exclusion, was observed',
          ),
        ]),
        applying(
          when('constat', 'exclusion', 'les_deux'),
          multi(
            'publics_exclus',
            { fr: 'Publics qui peuvent se sentir exclus', en: 'Groups who may feel excluded' },
            PUBLICS.map((p) => ({ ...p, points: 0, negative: true })),
          ),
        ),
      ],
    },
    {
      id: 'egalite_femmes_hommes',
      label: { fr: 'Égalité femmes/hommes', en: 'Gender equality' },
      named: { fr: 'l’égalité entre les femmes et les hommes', en: 'gender equality' },
      question: {
        fr: 'Les femmes sont-elles aussi présentes que les hommes dans l’équipe, parmi les dirigeant·e·s, les occupant·e·s et les publics ?',
        en: 'Are women as present as men in the team, the leadership, among occupants and in the public?',
      },
      fields: [
        single('equipe', { fr: 'l’équipe de gestion et d’animation du lieu', en: 'the team running the site' }, PARITE),
        single('dirigeants', { fr: 'les dirigeant·e·s', en: 'the leadership' }, PARITE),
        single('occupants', { fr: 'les résident·e·s et occupant·e·s', en: 'the occupants of the site' }, PARITE),
        single('publics', { fr: 'les publics', en: 'the public' }, PARITE),
      ],
    },
  ],
};

const territoriaux: Family = {
  id: 'effets_territoriaux',
  label: { fr: 'Effets sur le quartier et le territoire', en: 'Effects on the neighbourhood and the area' },
  named: { fr: 'les effets sur le quartier et le territoire', en: 'effects on the neighbourhood and the area' },
  criteria: [
    {
      id: 'cadre_de_vie',
      label: { fr: 'Cadre de vie et attractivité du quartier', en: 'Living environment and appeal of the neighbourhood' },
      named: { fr: 'le cadre de vie et l’attractivité du quartier', en: 'the living environment and appeal of the neighbourhood' },
      question: {
        fr: 'L’image du quartier et son attractivité ont-elles évolué ?',
        en: 'Did the image and appeal of the neighbourhood change?',
      },
      fields: [
        single('image', { fr: 'Image du quartier', en: 'Image of the neighbourhood' }, [
          option('positive', 'l’image du quartier s’est améliorée', 'the image of the neighbourhood has improved', 3),
          negative('negative', 'l’image du quartier s’est dégradée', 'the image of the neighbourhood has worsened'),
          neutral('inchangee', 'l’image du quartier n’a pas changé', 'the image of the neighbourhood has not changed'),
        ]),
        applying(when('image', 'positive'), multi('evolutions', { fr: 'Évolutions observées', en: 'Changes observed' }, [
          option('nouvelle_identite', 'une nouvelle identité', 'a new identity'),
          option('frequentation', 'une fréquentation accrue', 'more visitors'),
          option('nouveaux_usages', 'de nouveaux usages de ses espaces', 'new uses of its spaces'),
          option('nouvelle_destination', 'le statut de nouvelle destination', 'a new standing as a destination'),
        ])),
      ],
    },
    {
      id: 'entretien_des_espaces',
      label: { fr: 'Entretien des espaces', en: 'Upkeep of spaces' },
      named: { fr: 'l’entretien des espaces', en: 'the upkeep of spaces' },
      question: {
        fr: 'Le projet a-t-il eu des effets sur l’entretien des espaces ?',
        en: 'Did the project affect the upkeep of spaces?',
      },
      fields: [
        single('effets', { fr: 'Effets sur l’entretien', en: 'Effects on upkeep' }, [
          neutral('aucun', 'aucun effet sur l’entretien des espaces n’a été observé', 'no effect on the upkeep of spaces was observed'),
          option('positifs', 'le projet a eu des effets positifs sur l’entretien des espaces', 'the project had positive effects on the upkeep of spaces', 2),
          negative('negatifs', 'le projet a eu des effets négatifs sur l’entretien des espaces', 'the project had negative effects on the upkeep of spaces'),
          option(
            'mixtes',
            'le projet a eu des effets à la fois positifs et négatifs sur l’entretien des espaces',
            'the project had both positive and negative effects on the upkeep of spaces',
            1,
          ),
        ]),
        ...upkeepDetails(
          'positifs',
          { fr: 'Effets positifs', en: 'Positive effects' },
          [
            option('accessibilite', 'une meilleure accessibilité', 'better access'),
            option('mixite_usages', 'une plus grande mixité des usages', 'a wider mix of uses'),
            option('proprete', 'une meilleure propreté', 'cleaner spaces'),
            option('vegetalisation', 'davantage de végétalisation', 'more greenery'),
          ],
          { id: 'exemple_positif', kind: 'text', evidence: true, label: { fr: 'Exemple d’effet positif', en: 'Example of a positive effect' } },
        ),
        ...upkeepDetails(
          'negatifs',
          { fr: 'Effets négatifs', en: 'Negative effects' },
          [
            negative('nuisances_sonores', 'des nuisances sonores', 'noise'),
            negative('degradations', 'des dégradations', 'damage'),
            negative('dechets', 'des dépôts de déchets', 'dumped waste'),
          ],
          { id: 'exemple_negatif', kind: 'text', negative: true, label: { fr: 'Exemple d’effet négatif', en: 'Example of a negative effect' } },
        ),
      ],
    },
    {
      id: 'services_publics',
      label: { fr: 'Services publics et de proximité', en: 'Public and local services' },
      named: { fr: 'les services publics et de proximité', en: 'public and local services' },
      question: {
        fr: 'Le projet a-t-il changé la gestion urbaine et répondu à des besoins sociaux urgents du territoire ?',
        en: 'Did the project change urban management and meet urgent social needs of the area?',
      },
      fields: [
        single('gestion_urbaine', { fr: 'Gestion urbaine', en: 'Urban management' }, [
          option(
            'amelioree',
            'le projet a permis d’améliorer la gestion urbaine par les services des collectivités ou de leurs partenaires (ramassage des ordures, propreté, entretien, sécurité…)',
            'the project improved urban management by the local authorities’ services or their partners (waste collection, cleaning, upkeep, safety…)',
            3,
          ),
          negative(
            'surcharge',
            'le projet a entraîné une charge de travail supplémentaire pour les services, qui ont dû se réorganiser',
            'the project added to the services’ workload, and they had to reorganise',
          ),
          neutral('inchangee', 'le projet n’a rien changé à la gestion des espaces existants', 'the project changed nothing in how existing spaces are managed'),
          negative(
            'non_entretenus',
            'les nouveaux espaces ouverts par le projet ne sont ni nettoyés, ni entretenus, ni sécurisés',
            'the new spaces opened by the project are not cleaned, maintained, or made safe',
          ),
        ]),
        multi('besoins_urgents', { fr: 'Besoins sociaux urgents', en: 'Urgent social needs' }, [
          option('services_de_proximite', 'services de proximité', 'local services'),
          option('pratique_artistique', 'pratique artistique et culturelle', 'artistic and cultural practice'),
          option('locaux_activite', 'locaux d’activité', 'workspace'),
          option('espaces_convivialite', 'espaces de convivialité ou de rencontres attentifs aux minorités', 'friendly meeting places that welcome minorities'),
          option('hebergement', 'hébergement', 'housing'),
          option('aide_alimentaire', 'aide alimentaire', 'food aid'),
        ]),
      ],
    },
    {
      id: 'innovation_publique',
      label: { fr: 'Innovation publique', en: 'Public innovation' },
      named: { fr: 'l’innovation publique', en: 'public innovation' },
      question: {
        fr: 'La collaboration avec les partenaires publics et privés a-t-elle fait évoluer les façons de faire ?',
        en: 'Did working with public and private partners change the way things are done?',
      },
      fields: [
        single('effet', { fr: 'Effet de la collaboration', en: 'Effect of the collaboration' }, [
          neutral(
            'aucun',
            'la collaboration avec les partenaires publics et privés n’a pas fait évoluer les façons de faire',
            'working with public and private partners did not change the way things are done',
          ),
          option(
            'nouveaux_modes',
            'la collaboration avec les partenaires publics et privés a permis d’améliorer ou d’expérimenter de nouveaux modes de faire',
            'working with public and private partners made it possible to improve or try out new ways of doing things',
            3,
          ),
          option(
            'difficile',
            'la collaboration avec les partenaires publics et privés a permis d’expérimenter de nouveaux modes de faire, difficiles à mettre en œuvre (surcharge de travail, réorganisation)',
            'working with public and private partners made it possible to try out new ways of doing things, but they were hard to put in place (extra workload, reorganisation)',
            1,
          ),
        ]),
        applying(when('effet', 'nouveaux_modes', 'difficile'), {
          ...multi('pratiques', { fr: 'Nouvelles pratiques', en: 'New practices' }, [
            option('co_construction', 'la co-construction des projets avec les habitant·e·s et les usager·ère·s', 'co-designing projects with residents and users'),
            option('transversalite', 'le travail en transversalité entre services', 'working across departments'),
            option('commande_publique', 'la commande publique sous de nouvelles formes (appel à manifestation d’intérêt, convention d’occupation…)', 'commissioning in new forms (calls for expressions of interest, occupancy agreements…)'),
            option('urbanisme_transitoire', 'l’urbanisme transitoire intégré aux projets de la collectivité', 'building temporary urbanism into the local authority’s projects'),
            option('experimentation', 'l’expérimentation avant la décision', 'trying things out before deciding'),
            option('gestion_partagee', 'la gestion partagée d’espaces publics', 'sharing the management of public spaces'),
          ]),
          open: true,
          cap: 1,
        }),
      ],
    },
  ],
};

const projetUrbain: Family = {
  id: 'effets_projet_urbain',
  label: { fr: 'Effets sur le projet urbain', en: 'Effects on the urban project' },
  named: { fr: 'les effets sur le projet urbain', en: 'effects on the urban project' },
  optional: true,
  criteria: [
    {
      id: 'gouvernance_partagee',
      label: { fr: 'Gouvernance partagée', en: 'Shared governance' },
      named: { fr: 'la gouvernance partagée', en: 'shared governance' },
      question: {
        fr: 'La gouvernance du projet urbain associe-t-elle les acteur·rice·s du lieu ?',
        en: 'Do the stakeholders of the site take part in governing the urban project?',
      },
      fields: [
        single('niveau', { fr: 'Niveau de partage', en: 'How much is shared' }, [
          option('comite_commun', 'un comité commun réunit les acteur·rice·s du lieu et du projet urbain', 'a joint committee brings together the stakeholders of the site and of the urban project', 3),
          option('echanges_ponctuels', 'des échanges ponctuels ont lieu entre les acteur·rice·s du lieu et du projet urbain', 'the stakeholders of the site and of the urban project exchange views from time to time', 1),
          neutral('aucune', 'la gouvernance du projet urbain n’est pas partagée avec les acteur·rice·s du lieu', 'the governance of the urban project is not shared with the stakeholders of the site'),
        ]),
      ],
    },
    {
      id: 'programmation_urbaine',
      label: { fr: 'Programmation urbaine', en: 'Urban programming' },
      named: { fr: 'la programmation urbaine', en: 'urban programming' },
      question: {
        fr: 'Le lieu a-t-il nourri la programmation du projet urbain ?',
        en: 'Did the site inform the programming of the urban project?',
      },
      fields: [
        multi('effets', { fr: 'Apports au projet urbain', en: 'Contributions to the urban project' }, [
          option('diagnostic_usages', 'le diagnostic des usages', 'the survey of uses'),
          option('programmation', 'la programmation des futurs bâtiments et équipements', 'the programme of future buildings and facilities'),
          option('espaces_publics', 'la conception des espaces publics', 'the design of public spaces'),
        ]),
      ],
    },
    {
      id: 'nouveaux_metiers',
      label: { fr: 'Nouveaux métiers', en: 'New professional practices' },
      named: { fr: 'les nouveaux métiers', en: 'new professional practices' },
      question: {
        fr: 'Le projet a-t-il fait évoluer les métiers de la fabrique urbaine ?',
        en: 'Did the project change the work of urban development professionals?',
      },
      fields: [
        multi('effets', { fr: 'Évolutions des métiers', en: 'Changes in the work' }, [
          option('methodes_de_travail', 'de nouvelles méthodes de travail', 'new working methods'),
          option('nouvelles_missions', 'de nouvelles missions', 'new tasks'),
        ]),
      ],
    },
  ],
};

export const FAMILIES: readonly Family[] = [individuels, collectifs, territoriaux, projetUrbain];

/** A criterion's own fields followed by the fields every criterion accepts. */
export function fieldsOf(criterion: Criterion): readonly Field[] {
  return [...criterion.fields, ...COMMON_FIELDS];
}

export const FORMAT_VERSION = 1;

/** The site's details, under `lieu`. */
export const SITE_FIELDS: readonly Field[] = [
  { id: 'nom', kind: 'text', required: true, label: { fr: 'Nom du lieu', en: 'Name of the site' } },
  { id: 'commune', kind: 'text', label: { fr: 'Commune', en: 'Town' } },
  { id: 'periode', kind: 'text', label: { fr: 'Période évaluée', en: 'Period evaluated' } },
  { id: 'date_evaluation', kind: 'date', label: { fr: 'Date de l’évaluation', en: 'Date of the evaluation' } },
  { id: 'evaluateurs', kind: 'texts', label: { fr: 'Évaluateur·rice·s', en: 'Evaluators' } },
];
