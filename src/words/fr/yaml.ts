/** Every code of the YAML parser, in words of impact's own: the parser's English never reaches the reader. */
import type { YamlCode } from '../codes.js';

export const yamlHints: Record<YamlCode, string> = {
  TAB_AS_INDENT: 'une tabulation sert d’indentation ; YAML n’accepte que des espaces : remplacez-la par des espaces',
  BAD_INDENT: 'indentation incorrecte : alignez les clés d’un même niveau sur la même colonne',
  BLOCK_AS_IMPLICIT_KEY: 'deux « : » sur une même ligne ; mettez la valeur entre guillemets',
  MISSING_CHAR: 'un caractère fermant manque (guillemet, ] ou })',
  ALIAS: 'alias YAML invalide ou trop nombreux',
  UNEXPECTED: 'structure inattendue ; vérifiez l’indentation, les deux-points après chaque clé et les tirets des listes',
  UNEXPECTED_TOKEN: 'caractère inattendu ; vérifiez l’indentation, les deux-points après chaque clé, les virgules et les crochets des listes',
  MULTILINE_IMPLICIT_KEY:
    'une clé doit tenir sur une seule ligne, suivie de « : » ; vérifiez l’indentation de la ligne suivante et qu’aucun guillemet n’est resté ouvert',
  ALIAS_PROPS: 'un alias (*nom) ne peut porter ni ancre (&) ni étiquette (!)',
  BAD_ALIAS: 'alias YAML invalide : *nom doit renvoyer à une ancre &nom écrite plus haut',
  BAD_DIRECTIVE: 'directive YAML (ligne commençant par %) invalide ; supprimez-la',
  BAD_DQ_ESCAPE: 'séquence d’échappement inconnue entre guillemets doubles (\\…) ; doublez la barre oblique inverse ou mettez le texte entre guillemets simples',
  BAD_PROP_ORDER: 'ancre (&) ou étiquette (!) mal placée ; écrivez-la juste avant la valeur',
  BAD_SCALAR_START: 'une valeur ne peut pas commencer par ce caractère sans guillemets (@, `, %, |, >…) ; mettez-la entre guillemets',
  BLOCK_IN_FLOW: 'une liste à tirets ou une clé sur plusieurs lignes à l’intérieur de [ ] ou { } ; écrivez les éléments entre crochets, séparés par des virgules',
  BAD_COLLECTION_TYPE: 'étiquette (!) qui ne convient pas à cette liste ou à cet ensemble de clés ; supprimez-la',
  DUPLICATE_KEY: 'une clé apparaît deux fois au même niveau ; gardez-en une seule',
  IMPOSSIBLE: 'structure YAML illisible ; vérifiez l’indentation et les commentaires (#) de cette ligne',
  KEY_OVER_1024_CHARS: 'clé de plus de 1 024 caractères : un « : » manque sans doute après la clé',
  MULTIPLE_ANCHORS: 'plusieurs ancres (&) sur une même valeur ; gardez-en une',
  MULTIPLE_DOCS: 'plusieurs documents YAML (séparés par « --- ») dans un même fichier',
  MULTIPLE_TAGS: 'plusieurs étiquettes (!) sur une même valeur ; gardez-en une',
  NON_STRING_KEY: 'une clé doit être un mot, pas une liste ni un ensemble de clés',
  RESOURCE_EXHAUSTION: 'document trop imbriqué ou trop répétitif pour être lu',
  TAG_RESOLVE_FAILED: 'étiquette YAML (!…) inconnue ou qui ne convient pas à la valeur ; supprimez-la',
};
