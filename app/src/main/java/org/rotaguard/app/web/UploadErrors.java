package org.rotaguard.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** An upload refused before any controller sees it (too large, or broken): a page that says so. */
@ControllerAdvice
public class UploadErrors {
    private final long maxUploadBytes;

    public UploadErrors(@Value("${rotaguard.max-upload-bytes}") long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    @ExceptionHandler(MultipartException.class)
    String upload(MultipartException e, Model model, HttpServletResponse response) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        String message = tooLarge
                ? "The file is too large to be a rota: files up to " + maxUploadBytes / 1_000_000 + " MB can be imported."
                : "The upload could not be read; try again.";
        return PageErrors.page(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
                "The file was not imported", message, model, response);
    }
}
