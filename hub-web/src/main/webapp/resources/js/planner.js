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
