/*
 * After a form is sent, the page opens where its outcome is: on the first field the hub refused (the cursor in it,
 * ready to mend), else on the report of what the form found (the dates checked, just above the buttons), else on the
 * page's message. A page opened afresh leaves the focus alone.
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

    function showOutcome() {
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
            outcome.focus();
            outcome.scrollIntoView({block: 'start'});
            return;
        }
        var message = document.querySelector('.messages');
        if (message && message.textContent.trim() !== '') {
            message.setAttribute('tabindex', '-1');
            message.focus();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', showOutcome);
    } else {
        showOutcome();
    }
})();
