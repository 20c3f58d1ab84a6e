/**
 * commander, speaking the user's language: a Help that writes its headings, defaults and
 * choices in French or English, and a Command whose usage errors are impact's own messages
 * (with the near miss impact suggests everywhere), not commander's English.
 */
import { Argument, Command, Help, InvalidArgumentError, type Option } from 'commander';
import type { Lang } from '../grid/types.js';
import { suggest } from '../text/suggest.js';
import { NBSP, NNBSP } from '../text/typography.js';
import { wordsOf } from '../words/words.js';

const argumentName = (argument: Argument): string => {
  const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
};

const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

export class ImpactHelp extends Help {
  constructor(private readonly lang: Lang) {
    super();
  }

  /** Descriptions set in French typography, before they are wrapped. */
  override styleDescriptionText(text: string): string {
    return wordsOf(this.lang).typography.spaced(text);
  }

  /** commander wraps at any \s, no-break spaces included: they are hidden from it. */
  override boxWrap(text: string, width: number): string {
    const hidden = text.replaceAll(NBSP, '\uE000').replaceAll(NNBSP, '\uE001');
    return super.boxWrap(hidden, width).replaceAll('\uE000', NBSP).replaceAll('\uE001', NNBSP);
  }

  override styleTitle(title: string): string {
    const { help, typography } = wordsOf(this.lang);
    const titles: Readonly<Record<string, string>> = help.titles;
    return typography.spaced(titles[title] ?? title);
  }

  override commandUsage(cmd: Command): string {
    const words = wordsOf(this.lang).help;
    const ancestors: string[] = [];
    for (let parent = cmd.parent; parent; parent = parent.parent) ancestors.unshift(parent.name());
    const parts = [
      ...(cmd.options.length > 0 || this.visibleOptions(cmd).length > 0 ? [words.options] : []),
      ...(cmd.commands.length > 0 ? [words.command] : []),
      ...cmd.registeredArguments.map(argumentName),
    ];
    return [...ancestors, cmd.name(), ...parts].join(' ');
  }

  override optionDescription(option: Option): string {
    // A default is shown for an option taking a value, not for a flag; described, it is shown
    // even when left undefined (the number of cores, the file's language).
    const takesValue = option.required || option.optional;
    const value = option.defaultValueDescription ?? (option.defaultValue === undefined || !takesValue ? undefined : shown(option.defaultValue));
    return this.described(option.description, option.argChoices, value);
  }

  override argumentDescription(argument: Argument): string {
    const value = argument.defaultValue === undefined ? undefined : (argument.defaultValueDescription ?? shown(argument.defaultValue));
    return this.described(argument.description, argument.argChoices, value);
  }

  private described(description: string, choices: readonly string[] | undefined, defaultValue: string | undefined): string {
    const words = wordsOf(this.lang).help;
    const notes = [...(choices ? [words.choices(choices.join(', '))] : []), ...(defaultValue !== undefined ? [words.defaultIs(defaultValue)] : [])];
    return notes.length === 0 ? description : `${description} (${notes.join(', ')})`.trim();
  }
}

export class ImpactCommand extends Command {
  constructor(
    name: string | undefined,
    readonly lang: Lang,
  ) {
    super(name);
  }

  override createCommand(name?: string): ImpactCommand {
    return new ImpactCommand(name, this.lang);
  }

  override createHelp(): Help {
    return Object.assign(new ImpactHelp(this.lang), this.configureHelp());
  }

  private fail(message: string, code: string): never {
    return this.error(wordsOf(this.lang).cli.usage.error(message), { exitCode: 2, code });
  }

  /** The long flags this command and the ones above it accept. */
  private flags(): string[] {
    const flags: string[] = [];
    for (let command: Command | null = this; command; command = command.parent) {
      flags.push(
        ...command
          .createHelp()
          .visibleOptions(command)
          .flatMap((option) => (option.long ? [option.long] : [])),
      );
    }
    return flags;
  }

  // The methods below replace commander's own (same names, same calls), which write English.

  unknownOption(flag: string): never {
    return this.fail(wordsOf(this.lang).cli.usage.unknownOption(flag, flag.startsWith('--') ? suggest(flag, this.flags()) : undefined), 'commander.unknownOption');
  }

  unknownCommand(): never {
    const name = String(this.args[0]);
    const names = this.createHelp()
      .visibleCommands(this)
      .map((command) => command.name());
    return this.fail(wordsOf(this.lang).cli.usage.unknownCommand(name, suggest(name, names)), 'commander.unknownCommand');
  }

  missingArgument(name: string): never {
    return this.fail(wordsOf(this.lang).cli.usage.missingArgument(name), 'commander.missingArgument');
  }

  optionMissingArgument(option: Option): never {
    return this.fail(wordsOf(this.lang).cli.usage.missingValue(option.flags), 'commander.optionMissingArgument');
  }

  _excessArguments(received: readonly string[]): never {
    return this.fail(
      wordsOf(this.lang).cli.usage.tooManyArguments(this.parent ? this.name() : undefined, this.registeredArguments.length, received.length),
      'commander.excessArguments',
    );
  }

  /** An option's or argument's value refused: by `.choices()`, or by impact's own parser (already in the user's language). */
  _callParseArg(target: Option | Argument, value: string, previous: unknown): unknown {
    const words = wordsOf(this.lang).cli.usage;
    const name = target instanceof Argument ? target.name() : target.flags;
    if (target.argChoices && !target.argChoices.includes(value)) {
      return this.fail(words.notAChoice(value, name, target.argChoices.join(', '), suggest(value, target.argChoices)), 'commander.invalidArgument');
    }
    try {
      return target.parseArg?.(value, previous);
    } catch (e) {
      if (e instanceof InvalidArgumentError) return this.fail(words.invalidValue(name, e.message), 'commander.invalidArgument');
      throw e;
    }
  }
}
