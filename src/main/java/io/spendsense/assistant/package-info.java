/**
 * The assistant: a deterministic, explainable intent engine (normalizer, period grammar, entity matchers, intent
 * rules, conversation, planner, answer writer). No JavaFX, no network, no language model; talks to services only.
 */
package io.spendsense.assistant;
