package dev.archway.model.lb;

public record FixedResponseConfig(String statusCode, String contentType, String messageBody) {
}
