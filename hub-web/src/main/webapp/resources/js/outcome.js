/*
 * After a form is sent, the page opens where its outcome is: on the first field the hub refused (the cursor in it,
 * ready to mend), else on the report of what the form found (the dates checked, just above the buttons), else on the
 * page's message, else, after a filter (a form marked data-results="id"), on the results it asked for. A page opened
 * afresh leaves the focus alone.
 */
(function () {
    function fieldOf(error) {
        var described = error.id && document.querySelector('[aria-describedby~="' + error.id + '"]');
        if (described) {
            return described;
        }
        var field = error.closest('.field');
        return field && field.querySelector('input:not([type=hidden]), select, textarea');
    }

    var ASKED = 'hub-results';

    function take(key) {
        try {
            var value = window.sessionStorage.getItem(key);
            window.sessionStorage.removeItem(key);
            return value;
        } catch (blocked) {
            return null;
        }
    }

    function moveTo(element) {
        if (!element.hasAttribute('tabindex')) {
            element.setAttribute('tabindex', '-1');
        }
        element.focus();
        element.scrollIntoView({block: 'start'});
    }

    function remember(form) {
        var results = form && form.getAttribute('data-results');
        if (results) {
            try {
                window.sessionStorage.setItem(ASKED, results);
            } catch (blocked) {
                // no storage (a private window): the page opens at its top as before
            }
        }
    }

    // a form sent by its button (a click, or Enter in a field) or by a script, as Faces' buttons may do
    document.addEventListener('submit', function (event) {
        remember(event.target);
    });
    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[type=submit]');
        remember(button && button.form);
    }, true);

    function showOutcome() {
        var asked = take(ASKED);
        var errors = Array.prototype.filter.call(document.querySelectorAll('.field-error'), function (error) {
            return error.textContent.trim() !== '';
        });
        for (var i = 0; i < errors.length; i++) {
            var input = fieldOf(errors[i]);
            if (input) {
                input.setAttribute('aria-invalid', 'true');
            }
        }
        var first = errors.length ? fieldOf(errors[0]) : null;
        if (first) {
            first.focus();
            return;
        }
        var outcome = document.querySelector('.outcome');
        if (outcome) {
            moveTo(outcome);
            return;
        }
        var message = document.querySelector('.messages');
        if (message && message.textContent.trim() !== '') {
            moveTo(message);
            return;
        }
        var results = asked && document.getElementById(asked);
        if (results) {
            moveTo(results);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', showOutcome);
    } else {
        showOutcome();
    }
})();
