/**
 * The headless command line, {@code latentlab}: one picocli command class per subcommand
 * ({@code train}, {@code sample}, {@code info}, {@code bench}) over the same engine the app uses.
 * Its output is a contract that scripts rely on: exit status 0, 2 for bad usage or input (one line
 * on stderr saying what is wrong and how to fix it) and 1 for an internal failure; {@code bench}
 * prints {@code name value unit} lines. ND4J is set up only by the commands that need it.
 */
package io.latentlab.cli;
