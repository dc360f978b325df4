/* The room planner: a dragged booking asks first, and the question, then what came of it, takes the focus. */
var hubPlanner = {
    focusQuestion: function () {
        var question = document.getElementById('planner:moveQuestion');
        if (question) {
            question.focus();
        }
    },
    focusOutcome: function (data) {
        if (data.status === 'success') {
            var undo = document.getElementById('planner:undoMove');
            var messages = document.getElementById('planner:plannerMessages');
            var target = undo || messages;
            if (target) {
                if (!undo) {
                    target.setAttribute('tabindex', '-1');
                }
                target.focus();
            }
        }
    }
};

/*
 * The calendar lays its week out with tables marked as an ARIA grid whose rows it then marks as mere presentation, so
 * a screen reader is promised a grid it cannot move through (axe: aria-required-children). The bookings are links and
 * the phone's day list says the same in plain lists, so the layout tables are presented as what they are: layout.
 * The calendar draws itself again on every change of week or view, so this is done again whenever it does.
 */
(function () {
    var ROLES = '[role=grid], [role=rowgroup], [role=row], [role=columnheader], [role=gridcell], [role=rowheader]';

    function asLayout(root) {
        root.querySelectorAll(ROLES).forEach(function (element) {
            element.setAttribute('role', 'presentation');
        });
    }

    function watch() {
        var schedule = document.getElementById('planner:schedule');
        if (!schedule) {
            return;
        }
        asLayout(schedule);
        new MutationObserver(function () {
            asLayout(schedule);
        }).observe(schedule, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', watch);
    } else {
        watch();
    }
})();
