/**
 * ND4J back-end set-up: the one place where the native thread pools and the default data type
 * are fixed, before any network is built. Every entry point (app, command line, tests) calls
 * {@link io.latentlab.nd4j.Nd4jRuntime#init()} first.
 */
package io.latentlab.nd4j;
