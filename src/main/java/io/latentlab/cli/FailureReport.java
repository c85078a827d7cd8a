package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.util.List;

/**
 * Turns every failure into the command line's contract: exactly one line on stderr, prefixed by
 * the command ({@code latentlab train: ...}), and exit status 2 for bad usage or input or 1 for
 * an internal failure. Picocli's own usage block is not printed; the line points to {@code --help}.
 * Set {@code LATENTLAB_DEBUG=1} to also get the stack trace of an internal failure.
 */
final class FailureReport implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int BAD_INPUT = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        String name = cli.getCommandSpec().qualifiedName();
        String line = name + ": " + describe(ex) + "; see '" + name + " --help'";
        cli.getErr().println(oneLine(line));
        cli.getErr().flush();
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        if (ex instanceof BadInputException) {
            cli.getErr().println(oneLine(cli.getCommandSpec().qualifiedName() + ": " + ex.getMessage()));
            cli.getErr().flush();
            return BAD_INPUT;
        }
        return internal(ex, cli, cli.getErr());
    }

    /** An internal failure: one line with a hint to report it; exit status 1. */
    int internal(Throwable t, CommandLine cli, PrintWriter err) {
        String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        err.println(oneLine(cli.getCommandSpec().qualifiedName() + ": internal error (" + what
                + "); this is a bug in Latent Lab, please report it with the command you ran"));
        if (System.getenv("LATENTLAB_DEBUG") != null) {
            t.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }

    private static String describe(ParameterException ex) {
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null && ex.getCause() instanceof CommandLine.TypeConversionException) {
            return label(arg) + " expects " + expected(arg.type()) + ", got '" + ex.getValue() + "'";
        }
        List<String> unknown = ex.getCommandLine().getUnmatchedArguments();
        if (ex instanceof CommandLine.MissingParameterException && !unknown.isEmpty()) {
            // a mistyped option also leaves a required one missing: the typo is the news
            ex = new CommandLine.UnmatchedArgumentException(ex.getCommandLine(), unknown);
        }
        String message = ex.getMessage() == null ? "bad usage" : ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += " (did you mean " + String.join(" or ", suggestions) + "?)";
            }
        }
        return lowerFirst(message);
    }

    private static String label(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return ((PositionalParamSpec) arg).paramLabel();
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == java.nio.file.Path.class) {
            return "a file path";
        }
        return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String oneLine(String s) {
        return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
