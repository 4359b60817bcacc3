package io.omnichannel.api;

import io.swagger.v3.oas.annotations.media.Schema;

record ChatMessagesAppended(@Schema(example = "SR-2026-000042") String reference, @Schema(example = "3") int appended) {}
