package org.rotaguard.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on the pages: a page that says what went wrong in words, never a stack trace. */
@ControllerAdvice(assignableTypes = {RotaPages.class, DownloadPages.class, ReportPages.class})
public class PageErrors {
    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, Model model, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, "Page not found", e.getMessage(), model, response);
    }

    @ExceptionHandler(BadInput.class)
    String badInput(BadInput e, Model model, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "This rota cannot be shown", e.getMessage(), model, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, "Page not found", "'" + e.getValue() + "' is not a valid " + e.getName(),
                model, response);
    }

    @ExceptionHandler(Exception.class)
    String internal(Exception e, Model model, HttpServletResponse response) {
        LOG.error("internal error", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, there is a problem with rotaguard",
                "Something went wrong inside rotaguard. The server log has the details.", model, response);
    }

    static String page(HttpStatus status, String title, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "problem";
    }
}
